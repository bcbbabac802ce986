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
  help: `List what belongs to a group, as \`\`[id, type, capacity]\`\` triples.

Whoever may read the group (see group_show) may list it, except that asking for \`\`object_type\`\` \`\`"user"\`\` while ckan.auth.public_user_details is off takes membership. User capacities come back as labels (\`\`"Admin"\`\`, \`\`"Editor"\`\`, \`\`"Member"\`\`). For an organization, the datasets it owns follow the other entries, with capacity \`\`"organization"\`\`.

:param id: id or name of the group or organization
:type id: string
:param object_type: keep only entries of this type: \`\`"user"\`\`, \`\`"package"\`\`, \`\`"group"\`\` or \`\`"tag"\`\` (optional)
:type object_type: string
:param capacity: keep only entries with this capacity, e.g. \`\`"admin"\`\` (optional)
:type capacity: string

:returns: one \`\`[id, type, capacity]\`\` list per member
:rtype: list of lists`,
  run(ctx, params) {
    const group = findGroupRow(ctx.db, params.id) ?? notFound()
    requireShowGroup(ctx, group, params)
    const type = params.object_type ? String(params.object_type) : undefined
    const capacity = params.capacity ? String(params.capacity) : undefined
    const triples = listMembers(ctx.db, group.id, type, capacity).map((m) => [
      m.table_id,
      m.table_name,
      Object.hasOwn(translated, m.capacity) ? translated[m.capacity] : m.capacity,
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
