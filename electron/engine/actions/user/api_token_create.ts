/** CKAN's api_token_create: a new API token (JWT) for a user. */
import { isSysadmin } from '../../context.ts'
import { defineAction } from '../../define-action.ts'
import { NotAuthorized, NotFound } from '../../errors.ts'
import { requireUser } from '../../auth/roles.ts'
import { findUser } from '../../users/store.ts'
import { issueToken } from '../../users/tokens.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { notEmpty, unicodeSafe } from '../../validate/validators.ts'

export const api_token_create = defineAction('api_token_create', {
  auth(ctx, params) {
    // Mirrors CKAN's order: required keys, then the user must exist, then auth.
    getOrBust(params, 'user', 'name')
    const owner = findUser(ctx.db, params.user)
    if (!owner) throw new NotFound('User not found')
    requireUser(ctx, 'api_token_create')
    // Someone else's token: CKAN's bare "Access denied" (010).
    if (!isSysadmin(ctx) && ctx.user!.id !== owner.id) throw new NotAuthorized()
  },
  schema: {
    user: [notEmpty, unicodeSafe],
    name: [notEmpty, unicodeSafe],
  },
  help: `Create new API Token for current user.

    Apart from the \`user\` and \`name\` field that are required by
    default implementation, there may be additional fields registered
    by extensions.

    :param user: name or id of the user who owns new API Token
    :type user: string
    :param name: distinctive name for API Token
    :type name: string

    :returns: Returns a dict with the key "token" containing the
              encoded token value. Extensions can privide additional
              fields via \`add_extra\` method of
              :py:class:\`~ckan.plugins.interfaces.IApiToken\`
    :rtype: dictionary
    `,
  run(ctx, data) {
    const owner = findUser(ctx.db, data.user)!
    return { token: issueToken(ctx.db, owner.id, data.name as string) }
  },
})
