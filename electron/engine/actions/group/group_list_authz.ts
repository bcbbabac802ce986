import { anyone, defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { byDisplayName, groupListDict } from '../../groups/dictize.ts'
import { rolesWithPermission } from '../../groups/permissions.ts'
import { flag } from '../../groups/show.ts'
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
  help: `Return the list of groups that the user is authorized to edit.

:param available_only: remove the existing groups in the package (optional, default: \`\`False\`\`)
:type available_only: bool
:param am_member: if \`\`True\`\` return only the groups the logged-in user is a member of, otherwise return all groups that the user is authorized to edit (for example, sysadmin users are authorized to edit all groups) (optional, default: \`\`False\`\`)
:type am_member: bool

:returns: list of dictized groups that the user is authorized to edit
:rtype: list of dicts`,
  run(ctx, params) {
    if (!ctx.user) return []
    const amMember = flag(params, 'am_member', false)
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
