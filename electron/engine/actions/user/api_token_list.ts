/** CKAN's api_token_list: a user's token metadata (never the token values). */
import { isSysadmin } from '../../context.ts'
import { defineAction } from '../../define-action.ts'
import { NotAuthorized, NotFound, ValidationError } from '../../errors.ts'
import { findUser } from '../../users/store.ts'
import { tokensOf } from '../../users/tokens.ts'

/** `user_id` (CKAN 2.10), or the older `user` (2.9). */
function ownerRef(params: Record<string, unknown>): unknown {
  const ref = params.user_id ?? params.user
  if (ref === undefined || ref === null || ref === '') throw new ValidationError({ user_id: ['Missing value'] })
  return ref
}

export const api_token_list = defineAction('api_token_list', {
  readOnly: true,
  auth(ctx, params) {
    // Mirrors CKAN: the action asks for user_id before auth. Its auth sits in auth/get.py, so
    // anonymous callers are let in and then refused like anyone else: a bare "Access denied".
    const owner = findUser(ctx.db, ownerRef(params))
    // CKAN's auth lets a user list only their own tokens (an unknown user too is a 403, telling
    // nothing); sysadmins skip it and meet the action's "User not found".
    if (!isSysadmin(ctx)) {
      if (!owner || ctx.user?.id !== owner.id) throw new NotAuthorized()
    } else if (!owner) throw new NotFound('User not found')
  },
  help: `List a user's API tokens, without their secret values.

    Users may list their own tokens; sysadmins anyone's. Each entry holds
    \`\`id\`\`, \`\`name\`\`, \`\`user_id\`\`, \`\`created_at\`\` and \`\`last_access\`\`,
    oldest token first.

    :param user_id: id or name of the account (\`\`user\`\` is read as an
        older spelling)
    :type user_id: string

    :rtype: list of dictionaries
    `,
  run(ctx, params) {
    const owner = findUser(ctx.db, ownerRef(params))!
    return tokensOf(ctx.db, owner.id)
  },
})
