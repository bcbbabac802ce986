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
  help: `Issue a new API token for a user.

    Users may make tokens for themselves; sysadmins for anyone. The encoded
    token appears only in this answer: api_token_list never shows it again.

    :param user: id or name of the account the token will belong to
    :type user: string
    :param name: a label telling this token apart from the user's others
    :type name: string

    :returns: \`\`{"token": ...}\`\` holding the encoded token
    :rtype: dictionary
    `,
  run(ctx, data) {
    const owner = findUser(ctx.db, data.user)!
    return { token: issueToken(ctx.db, owner.id, data.name as string) }
  },
})
