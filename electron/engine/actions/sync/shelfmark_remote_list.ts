/** shelfmark_remote_list: every remote, without tokens. */
import { defineAction } from '../../define-action.ts'
import { listRemotes, remoteDict, secretsOf } from '../../../sync/remotes.ts'
import { canManageSync } from './helpers.ts'

/** shelfmark_remote_list: every remote, without tokens. */
export const shelfmark_remote_list = defineAction('shelfmark_remote_list', {
  readOnly: true,
  auth: canManageSync,
  help: `List the remote CKAN sites this catalog syncs with.

    :returns: remotes, each with name, url, has_token, token_store, and what
      the last check found (ckan_version, extensions, capabilities)
    :rtype: list of dictionaries
    `,
  run(ctx) {
    const secrets = secretsOf(ctx.db, ctx.dataDir)
    return listRemotes(ctx.db).map((remote) => remoteDict(remote, secrets))
  },
})
