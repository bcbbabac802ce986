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
  help: `Invalidate an API token at once by deleting it.

    Users may revoke their own tokens; sysadmins any. For anyone but a
    sysadmin, an unknown token is refused just like another user's, so
    token ids cannot be probed.

    :param jti: the token's id, as api_token_list shows it; wins when both
        are sent
    :type jti: string
    :param token: the encoded token itself, used when \`\`jti\`\` is absent
    :type token: string
    `,
  run(ctx, params) {
    const jti = jtiOf(ctx, params)
    if (jti) revokeToken(ctx.db, jti)
    return null
  },
})
