/** shelfmark_sync_record_check: a check job's step that records what the remote said. */
import { defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { ckanNow } from '../../time.ts'
import { notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

/** shelfmark_sync_record_check: a check job's step that records what the remote said. */
export const shelfmark_sync_record_check = defineAction('shelfmark_sync_record_check', {
  auth: canManageSync,
  schema: { remote: [notEmpty, unicodeSafe] },
  help: `Internal step of a check job: records a remote's CKAN version,
    extensions, capabilities and token user.
    `,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.remote)
    sql(
      ctx.db,
      'UPDATE sync_remotes SET checked = ?, ckan_version = ?, extensions = ?, capabilities = ?, remote_user = ? WHERE id = ?',
    ).run(
      ckanNow(),
      typeof data.ckan_version === 'string' ? data.ckan_version : null,
      JSON.stringify(Array.isArray(data.extensions) ? data.extensions : []),
      JSON.stringify(data.capabilities ?? {}),
      typeof data.remote_user === 'string' ? data.remote_user : null,
      remote.id,
    )
    return null
  },
})
