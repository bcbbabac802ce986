import { anyone, defineAction } from '../../define-action.ts'
import type { UserRow } from '../../context.ts'
import { sql } from '../../db/statements.ts'
import type { Sqlite } from '../../db/open.ts'
import { cascadingRole, groupIdsBelow } from '../../auth/hierarchy.ts'
import { notFound } from '../../errors.ts'
import { byDisplayName, groupListDict } from '../../groups/dictize.ts'
import { rolesWithPermission } from '../../groups/permissions.ts'
import { flag } from '../../groups/show.ts'
import type { GroupRow } from '../../groups/store.ts'

/**
 * The organizations a user holds a permission in, each with their capacity.
 *
 * Mirrors CKAN 2.10: a sysadmin gets every active organization as admin; an
 * anonymous caller gets an empty list. An admin's organizations include
 * every organization below them in a hierarchy, as admin (CKAN's roles that
 * cascade to sub-groups).
 */
export const organization_list_for_user = defineAction('organization_list_for_user', {
  readOnly: true,
  auth: anyone,
  help: `List the organizations in which a user holds a given permission.

Which memberships count follows the role table: \`\`admin\`\` holds every permission, \`\`editor\`\` may read and create, update or delete datasets, \`\`member\`\` may read; all three hold the default \`\`manage_group\`\`, so by default every membership counts. An admin of an organization is also treated as admin of the organizations below it in a hierarchy. A sysadmin is listed as admin of every active organization. With no user at all (anonymous caller, no \`\`id\`\`) the answer is empty.

:param id: id or name of the user (optional, default: the caller)
:type id: string
:param permission: the permission to test, e.g. \`\`"create_dataset"\`\` or \`\`"admin"\`\` (optional, default \`\`"manage_group"\`\`)
:type permission: string
:param include_dataset_count: add \`\`package_count\`\` (public datasets) to each entry (optional, default \`\`False\`\`)
:type include_dataset_count: bool

:returns: short organization dicts, each with a \`\`capacity\`\` key giving the user's role there, ordered by display name
:rtype: list of dictionaries`,
  run(ctx, params) {
    let user = ctx.user
    if (params.id) {
      const key = typeof params.id === 'string' ? params.id : typeof params.id === 'number' ? String(params.id) : notFound()
      user = (sql(ctx.db, 'SELECT * FROM users WHERE id = ?').get(key) ??
        sql(ctx.db, 'SELECT * FROM users WHERE name = ?').get(key) ??
        notFound()) as UserRow
    }
    if (!user) return []
    const withPackageCount = flag(params, 'include_dataset_count', false)
    let rows: (GroupRow & { member_capacity: string })[]
    if (user.sysadmin === 1) {
      rows = sql(ctx.db, "SELECT *, 'admin' AS member_capacity FROM groups WHERE is_organization = 1 AND state = 'active'").all() as typeof rows
    } else {
      // CKAN reads data_dict.get('permission', 'manage_group'): a null sent is a permission no role holds but admin.
      const roles = rolesWithPermission(params.permission === undefined ? 'manage_group' : String(params.permission))
      rows = sql(
        ctx.db,
        `SELECT g.*, m.capacity AS member_capacity FROM members m JOIN groups g ON g.id = m.group_id
         WHERE m.table_name = 'user' AND m.table_id = ? AND m.state = 'active'
           AND m.capacity IN (SELECT value FROM json_each(?))
           AND g.is_organization = 1 AND g.state = 'active'`,
      ).all(user.id, JSON.stringify(roles)) as typeof rows
      rows = withOrganizationsBelow(ctx.db, rows)
    }
    return rows
      .map((row) => groupListDict(ctx, row, { capacity: row.member_capacity, withPackageCount }))
      .sort(byDisplayName)
  },
})

type RowWithCapacity = GroupRow & { member_capacity: string }

/** The rows, plus the active organizations below those held in the cascading role (as that role). */
function withOrganizationsBelow(db: Sqlite, rows: RowWithCapacity[]): RowWithCapacity[] {
  const byId = new Map(rows.map((row) => [row.id, row]))
  for (const row of rows) {
    if (row.member_capacity !== cascadingRole) continue
    for (const id of groupIdsBelow(db, row.id)) {
      if (byId.get(id)?.member_capacity === cascadingRole) continue
      const below = sql(db, 'SELECT * FROM groups WHERE id = ?').get(id) as GroupRow
      byId.set(id, { ...below, member_capacity: cascadingRole })
    }
  }
  return [...byId.values()]
}
