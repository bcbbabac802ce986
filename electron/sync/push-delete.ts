/**
 * Deleting remotely what was deleted locally, unless the remote edited the
 * dataset since the base (that is a conflict: nothing is deleted without the
 * user's say). Repeating a delete is harmless: gone is gone.
 */
import type { JobContext } from './jobs/runner.ts'
import { linkFor, linkParts } from './links.ts'
import { deepEqual, editableView } from './normalize.ts'
import { showRemote } from './push-create.ts'
import { recordPushed, type PushOutcome } from './push-common.ts'

/** Deletes the linked remote dataset of a locally deleted one. */
export async function pushDelete(ctx: JobContext, packageId: string, name: string): Promise<PushOutcome> {
  const link = linkFor(ctx.engine.db, ctx.remote.id, packageId)!
  const base = { id: packageId, name, action: 'delete', remote_id: link.remote_package_id }
  const current = await showRemote(ctx, link.remote_package_id)
  if (current && current.state !== 'deleted') {
    const edited = current.metadata_modified !== link.remote_modified && !deepEqual(editableView(current), editableView(linkParts(link).base))
    if (edited) {
      ctx.engine.call('shelfmark_sync_record_conflict', ctx.caller, {
        remote: ctx.remote.name,
        package_id: packageId,
        kind: 'local-deleted',
        remote_dict: current,
        conflicts: [],
      })
      return { ...base, outcome: 'conflict' }
    }
    await ctx.client.action('package_delete', { id: link.remote_package_id })
  }
  recordPushed(ctx, { package_id: packageId, deleted: true })
  return { ...base, outcome: 'deleted' }
}
