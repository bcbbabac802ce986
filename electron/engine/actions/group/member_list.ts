import { anyone, defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { listMembers } from '../../groups/members.ts'
import { findGroupRow } from '../../groups/store.ts'
import { sql } from '../../db/statements.ts'
import { notMissing } from '../../validate/validators.ts'
import { requireShowGroup } from './make-show.ts'

/** CKAN's roles_trans: user capacities shown translated and capitalised. */
const translated: Record<string, string> = { admin: 'Admin', editor: 'Editor', member: 'Member' }

/**
 * The members of a group as [id, type, capacity] triples.
 *
 * An organization's datasets are members in CKAN (capacity 'organization');
 * here they are rows of packages with owner_org, listed after the member rows.
 */
export const member_list = defineAction('member_list', {
  readOnly: true,
  auth: anyone,
  schema: { id: [notMissing] },
  help: `Return the members of a group.

The user must have permission to 'get' the group.

:param id: the id or name of the group
:type id: string
:param object_type: restrict the members returned to those of a given type, e.g. \`\`'user'\`\` or \`\`'package'\`\` (optional, default: \`\`None\`\`)
:type object_type: string
:param capacity: restrict the members returned to those with a given capacity, e.g. \`\`'member'\`\`, \`\`'editor'\`\`, \`\`'admin'\`\`, \`\`'public'\`\`, \`\`'private'\`\` (optional, default: \`\`None\`\`)
:type capacity: string

:rtype: list of (id, type, capacity) tuples

:raises: :class:\`ckan.logic.NotFound\`: if the group doesn't exist`,
  run(ctx, params) {
    const group = findGroupRow(ctx.db, params.id) ?? notFound()
    requireShowGroup(ctx, group, params)
    const type = params.object_type ? String(params.object_type) : undefined
    const capacity = params.capacity ? String(params.capacity) : undefined
    const triples = listMembers(ctx.db, group.id, type, capacity).map((m) => [
      m.table_id,
      m.table_name,
      translated[m.capacity] ?? m.capacity,
    ])
    if (group.is_organization && (!type || type === 'package') && (!capacity || capacity === 'organization')) {
      const owned = sql(
        ctx.db,
        "SELECT id FROM packages WHERE owner_org = ? AND state != 'deleted' ORDER BY metadata_created, id",
      ).all(group.id) as { id: string }[]
      for (const { id } of owned) triples.push([id, 'package', 'organization'])
    }
    return triples
  },
})
