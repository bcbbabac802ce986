/** shelfmark_remote_remove: forgets a remote, its links and its token; local datasets stay. */
import { defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { secretsOf } from '../../../sync/remotes.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

/** shelfmark_remote_remove: forgets a remote, its links and its token; local datasets stay. */
export const shelfmark_remote_remove = defineAction('shelfmark_remote_remove', {
  auth: canManageSync,
  schema: { name: [notEmpty, unicodeSafe] },
  help: `Remove a remote: its links, pull cursors, jobs and stored token go;
    the local datasets pulled from it stay in the catalog.

    :param name: the remote's name
    `,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.name)
    sql(ctx.db, 'DELETE FROM sync_remotes WHERE id = ?').run(remote.id)
    const secrets = secretsOf(ctx.db, ctx.dataDir)
    ctx.afterCommit(() => secrets.delete(remote.name))
    return null
  },
})
