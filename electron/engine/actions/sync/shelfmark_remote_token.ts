/** shelfmark_remote_token: replaces a remote's token, keeping its links, cursors and jobs. */
import { defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { remoteDict, secretsOf } from '../../../sync/remotes.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

/**
 * A portal's tokens expire and get revoked; removing and adding the remote
 * again would drop every link to its datasets, so the token is replaced in
 * place. What the last check learnt about the token's user is forgotten.
 */
export const shelfmark_remote_token = defineAction('shelfmark_remote_token', {
  auth: canManageSync,
  schema: { name: [notEmpty, unicodeSafe], token: [notEmpty, unicodeSafe] },
  help: `Replace a remote's API token; its links to datasets, pull cursors and
    jobs stay. Run a check afterwards to see whom the new token acts as.

    :param name: the remote's name
    :param token: the new API token on that site
    :returns: the remote (without the token)
    `,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.name)
    sql(ctx.db, 'UPDATE sync_remotes SET remote_user = NULL WHERE id = ?').run(remote.id)
    const secrets = secretsOf(ctx.db, ctx.dataDir)
    const token = data.token as string
    // The secret is written only once the row is certain to commit.
    ctx.afterCommit(() => secrets.set(remote.name, token))
    return { ...remoteDict({ ...remote, remote_user: null }, secrets), has_token: true, token_store: secrets.kind.split('+').at(-1) }
  },
})
