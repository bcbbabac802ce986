/** CKAN's user_patch: user_update with the current values filled in. */
import { isSysadmin } from '../../context.ts'
import { defineAction } from '../../define-action.ts'
import { requireUserEditable } from '../../users/auth.ts'
import { findUser } from '../../users/store.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'

export const user_patch = defineAction('user_patch', {
  auth(ctx, params) {
    // Mirrors CKAN: user_patch's auth runs first and reports an unknown user as a 403.
    if (isSysadmin(ctx)) return
    requireUserEditable(ctx, findUser(ctx.db, params.id))
  },
  help: `Patch a user.

    The difference between the update and patch methods is that the patch will
    perform an update of the provided parameters, while leaving all other
    parameters unchanged, whereas the update methods deletes all parameters
    not explicitly provided in the data_dict.

    :param id: the id or name of the user
    :type id: string

    :returns: the updated user account
    :rtype: dictionary
    `,
  run(ctx, params) {
    getOrBust(params, 'id')
    const current = ctx.call('user_show', { id: params.id }) as Record<string, unknown>
    const { display_name: _displayName, ...patched } = current
    return ctx.call('user_update', { ...patched, ...params })
  },
})
