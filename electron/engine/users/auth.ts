/** Auth rules shared by the user actions (CKAN's logic/auth for users). */
import { callerName, isSysadmin, type Context } from '../context.ts'
import { NotAuthorized } from '../errors.ts'

/**
 * Mirrors CKAN's user_show / user_list auth: anyone while
 * ckan.auth.public_user_details is on (the default), else logged-in users.
 */
export function requireUserDetailsReadable(ctx: Context): void {
  if (!ctx.config.publicUserDetails && !ctx.user) throw new NotAuthorized()
}

/**
 * Mirrors CKAN's user_list auth (user_autocomplete's too): a non-empty
 * `email` filter is for sysadmins only, a bare 403 for anyone else, asked
 * before ckan.auth.public_user_details.
 */
export function requireUsersListable(ctx: Context, params: Record<string, unknown>): void {
  if (params.email && !isSysadmin(ctx)) throw new NotAuthorized()
  requireUserDetailsReadable(ctx)
}

/**
 * Mirrors CKAN's user_update auth: users edit themselves; sysadmins anyone.
 * `target` is the user being edited, or undefined when it does not exist.
 */
export function requireUserEditable(ctx: Context, target: { id: string } | undefined): void {
  if (isSysadmin(ctx)) return
  if (!target) throw new NotAuthorized('User not found')
  if (!ctx.user) throw new NotAuthorized('Have to be logged in to edit user')
  if (ctx.user.id !== target.id) {
    throw new NotAuthorized(`User ${callerName(ctx)} not authorized to edit user ${target.id}`)
  }
}
