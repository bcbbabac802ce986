/** CKAN's user_delete: a sysadmin marks a user deleted and drops their memberships. */
import { dropCollaborators } from '../../collaborators/store.ts'
import { sql } from '../../db/statements.ts'
import { defineAction } from '../../define-action.ts'
import { NotFound } from '../../errors.ts'
import { requireSysadmin, requireUser } from '../../auth/roles.ts'
import { findUser } from '../../users/store.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'

export const user_delete = defineAction('user_delete', {
  auth(ctx) {
    requireUser(ctx, 'user_delete')
    requireSysadmin(ctx)
  },
  help: `Mark a user account as deleted.

    Sysadmins only. The account keeps its record, with state
    \`\`"deleted"\`\`, and loses every organization and group membership and every
    dataset it collaborated on; its
    API tokens then act as anonymous.

    :param id: id or name of the user
    :type id: string
    `,
  run(ctx, params) {
    getOrBust(params, 'id')
    const user = findUser(ctx.db, params.id)
    if (!user) throw new NotFound(`User "${String(params.id)}" was not found.`)
    sql(ctx.db, "UPDATE users SET state = 'deleted' WHERE id = ?").run(user.id)
    sql(ctx.db, "DELETE FROM members WHERE table_name = 'user' AND table_id = ?").run(user.id)
    dropCollaborators(ctx.db, { userId: user.id })
    return null
  },
})
