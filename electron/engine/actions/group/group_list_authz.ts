import { anyone, defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { byDisplayName, groupListDict } from '../../groups/dictize.ts'
import { rolesWithPermission } from '../../groups/permissions.ts'
import { pythonTruthy } from '../../validate/validators.ts'
import type { GroupRow } from '../../groups/store.ts'

/**
 * The groups (not organizations) the caller may add datasets to.
 *
 * Mirrors CKAN 2.10: members of any capacity manage a group's datasets; a
 * sysadmin gets every active group unless am_member; anonymous gets [].
 */
export const group_list_authz = defineAction('group_list_authz', {
  readOnly: true,
  auth: anyone,
  help: `List the groups the caller may add datasets to.

Organizations never appear here. A membership of any capacity in a group counts. A sysadmin gets every active group unless \`\`am_member\`\` is set; an anonymous caller gets an empty list.

:param am_member: for a sysadmin, list only the groups they actually belong to (optional, default \`\`False\`\`)
:type am_member: bool

:returns: short group dicts, each with \`\`package_count\`\` (public datasets), ordered by display name
:rtype: list of dictionaries`,
  run(ctx, params) {
    if (!ctx.user) return []
    // CKAN tests am_member for truth as Python does, so even the string "false" counts.
    const amMember = pythonTruthy(params.am_member)
    let rows: GroupRow[]
    if (ctx.user.sysadmin === 1 && !amMember) {
      rows = sql(ctx.db, "SELECT * FROM groups WHERE is_organization = 0 AND state = 'active'").all() as GroupRow[]
    } else {
      rows = sql(
        ctx.db,
        `SELECT g.* FROM members m JOIN groups g ON g.id = m.group_id
         WHERE m.table_name = 'user' AND m.table_id = ? AND m.state = 'active'
           AND m.capacity IN (SELECT value FROM json_each(?))
           AND g.is_organization = 0 AND g.state = 'active'`,
      ).all(ctx.user.id, JSON.stringify(rolesWithPermission('manage_group'))) as GroupRow[]
    }
    return rows.map((row) => groupListDict(ctx, row, { withPackageCount: true })).sort(byDisplayName)
  },
})
