/** CKAN's api_token_revoke: delete a token so it fails at once. */
import { isSysadmin, type Context } from '../../context.ts'
import { defineAction } from '../../define-action.ts'
import { NotAuthorized } from '../../errors.ts'
import { decodeToken } from '../../auth/tokens.ts'
import { requireUser } from '../../auth/roles.ts'
import { findToken, revokeToken } from '../../users/tokens.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'

/** The jti given, or the one inside `token`; null when the token does not decode. */
function jtiOf(ctx: Context, params: Record<string, unknown>): string | null {
  if (typeof params.jti === 'string' && params.jti) return params.jti
  getOrBust(params, 'token')
  return typeof params.token === 'string' ? decodeToken(ctx.db, params.token) : null
}

export const api_token_revoke = defineAction('api_token_revoke', {
  auth(ctx, params) {
    const jti = jtiOf(ctx, params)
    requireUser(ctx, 'api_token_revoke')
    if (isSysadmin(ctx)) return
    // Mirrors CKAN: unknown and not-yours look alike, so token ids cannot be probed.
    const token = jti ? findToken(ctx.db, jti) : undefined
    if (!token || token.user_id !== ctx.user!.id) throw new NotAuthorized()
  },
  help: `Delete API Token.

    :param string token: Token to remove(required if \`jti\` not specified).
    :param string jti: Id of the token to remove(overrides \`token\` if specified).

    .. versionadded:: 2.9
    `,
  run(ctx, params) {
    const jti = jtiOf(ctx, params)
    if (jti) revokeToken(ctx.db, jti)
    return null
  },
})
