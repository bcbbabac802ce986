/** CKAN's user_patch: user_update with the current values filled in. */
import { isSysadmin } from '../../context.ts'
import { defineAction } from '../../define-action.ts'
import { requireUser } from '../../auth/roles.ts'
import { requireUserEditable } from '../../users/auth.ts'
import { findUser } from '../../users/store.ts'
import { objectNotLoadable } from '../../packages/missing-id.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'

export const user_patch = defineAction('user_patch', {
  acceptsFiles: 'images', // image_upload, handed on to user_update
  auth(ctx, params) {
    // Mirrors CKAN: user_patch's auth runs first. It lives in auth/patch.py, so anonymous callers
    // are refused before anything else; it then defers to user_update's, which loads the user
    // from `id` (409 without one) and reports an unknown user as a 403.
    if (isSysadmin(ctx)) return
    requireUser(ctx, 'user_patch')
    if (!params.id) throw objectNotLoadable('User')
    requireUserEditable(ctx, findUser(ctx.db, params.id))
  },
  help: `Change only the fields sent on a user account.

    Whatever is not sent is filled in from the account's current values (as
    user_show gives them), and the result goes through user_update, so its
    permissions and checks apply.

    :param id: id or name of the account to change
    :type id: string

    Any parameter of user_update may be sent as well.

    :returns: the account after the change
    :rtype: dictionary
    `,
  run(ctx, params) {
    getOrBust(params, 'id')
    const current = ctx.call('user_show', { id: params.id }) as Record<string, unknown>
    const { display_name: _displayName, ...patched } = current
    return ctx.call('user_update', { ...patched, ...params })
  },
})
