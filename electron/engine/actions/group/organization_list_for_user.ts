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
  help: `Return the organizations that the user has a given permission for.

Specifically it returns the list of organizations that the currently authorized user has a given permission (for example: "manage_group") against.

By default this returns the list of organizations that the currently authorized user is member of, in any capacity.

When a user becomes a member of an organization in CKAN they're given a "capacity" (sometimes called a "role"), for example "member", "editor" or "admin".

Each of these roles has certain permissions associated with it. For example the admin role has the "admin" permission (which means they have permission to do anything). The editor role has permissions like "create_dataset", "update_dataset" and "delete_dataset". The member role has the "read" permission.

This function returns the list of organizations that the authorized user has a given permission for. For example the list of organizations that the user is an admin of, or the list of organizations that the user can create datasets in. This takes account of when permissions cascade down an organization hierarchy.

:param id: the name or id of the user to get the organization list for (optional, defaults to the currently authorized user (logged in or via API key))
:type id: string
:param permission: the permission the user has against the returned organizations, for example \`\`read\`\` or \`\`create_dataset\`\` (optional, default: \`\`manage_group\`\`)
:type permission: string
:param include_dataset_count: include the package_count in each org (optional, default: \`\`False\`\`)
:type include_dataset_count: bool

:returns: list of organizations that the user has the given permission for
:rtype: list of dicts`,
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
      const roles = rolesWithPermission(String(params.permission ?? 'manage_group'))
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
