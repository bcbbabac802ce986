/** shelfmark_sync_remote_deleted: a pull job's step for a dataset the remote deleted. */
import { defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { findPackageRow } from '../../packages/store.ts'
import { ckanNow } from '../../time.ts'
import { notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { linkByRemoteId, localSeq, saveLink, type ConflictRecord } from '../../../sync/links.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

/** shelfmark_sync_remote_deleted: a pull job's step for a dataset the remote deleted. */
export const shelfmark_sync_remote_deleted = defineAction('shelfmark_sync_remote_deleted', {
  auth: canManageSync,
  schema: { remote: [notEmpty, unicodeSafe], remote_package_id: [notEmpty, unicodeSafe] },
  help: `Internal step of a pull job: the remote deleted a linked dataset.
    An unedited local copy is deleted too; an edited one becomes a conflict
    (take remote deletes it, take local publishes it again).

    :returns: {outcome: "deleted" | "conflict", name}
    `,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.remote)
    const link = linkByRemoteId(ctx.db, remote.id, data.remote_package_id as string) ?? notFound('Link not found')
    const row = findPackageRow(ctx.db, link.package_id)
    const dirty = row !== undefined && localSeq(ctx.db, link.package_id) > link.local_seq
    if (dirty && row.state === 'active') {
      const record: ConflictRecord = { remote: null, remote_modified: null, conflicts: [], kind: 'remote-deleted', detected: ckanNow() }
      saveLink(ctx.db, { ...link, conflict: JSON.stringify(record) })
      return { outcome: 'conflict', name: row.name }
    }
    if (row && row.state !== 'deleted') ctx.call('package_delete', { id: row.id })
    saveLink(ctx.db, { ...link, remote_state: 'deleted', local_seq: localSeq(ctx.db, link.package_id), conflict: null })
    return { outcome: 'deleted', name: row?.name ?? link.remote_name }
  },
})
