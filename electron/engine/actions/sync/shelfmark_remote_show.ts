/** shelfmark_remote_show: one remote, without its token. */
import { defineAction } from '../../define-action.ts'
import { notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { remoteDict, secretsOf } from '../../../sync/remotes.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

/** shelfmark_remote_show: one remote, without its token. */
export const shelfmark_remote_show = defineAction('shelfmark_remote_show', {
  readOnly: true,
  auth: canManageSync,
  schema: { name: [notEmpty, unicodeSafe] },
  help: `Show one remote.

    :param name: the remote's name
    :rtype: dictionary
    `,
  run(ctx, data) {
    return remoteDict(remoteOr404(ctx, data.name), secretsOf(ctx.db, ctx.dataDir))
  },
})
