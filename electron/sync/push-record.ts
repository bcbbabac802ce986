/**
 * After the remote confirmed a push: the link moves to the remote's new
 * version (the new base), and — when nobody edited the dataset locally
 * meanwhile — the local copy takes what the remote made of it (its
 * normalisations, remote edits merged in), so both sides agree field by
 * field.
 */
import type { Context } from '../engine/context.ts'
import { findPackageRow, showPackage } from '../engine/packages/store.ts'
import { endSteps, freshLink, groupLinks, linkFor, localSeq, saveLink, type GroupLinks, type LinkRow } from './links.ts'
import { writeVerbatim } from './local-store.ts'
import { deepEqual, editableView, isDict, type Dict } from './normalize.ts'
import { overlayView, remoteViewOfLocal, withLocalGroups } from './translate.ts'

export type PushRecord = {
  packageId: string
  remoteDict?: Dict
  resourceMap?: Record<string, string>
  files?: Record<string, unknown>
  seqAtStart?: number
  deleted?: boolean
  /** The job saw the remote return exactly the fields it sent: no need to compare again. */
  aligned?: boolean
}

/** Records a confirmed push of one dataset. */
export function recordPush(ctx: Context, remoteId: string, record: PushRecord): void {
  const link = linkFor(ctx.db, remoteId, record.packageId)
  endSteps(ctx.db, remoteId, record.packageId)
  if (record.deleted) {
    if (link) saveLink(ctx.db, { ...link, remote_state: 'deleted', local_seq: localSeq(ctx.db, record.packageId), conflict: null, errors: null })
    return
  }
  const remote = record.remoteDict!
  // Only the small JSON columns: the base (the large one) is replaced, never read.
  const resourceMap = { ...(link ? JSON.parse(link.resource_map) : {}), ...record.resourceMap }
  const files = { ...(link ? JSON.parse(link.files) : {}), ...record.files }
  const groups = groupLinks(ctx.db, remoteId)
  let seq = record.seqAtStart ?? localSeq(ctx.db, record.packageId)
  const row = findPackageRow(ctx.db, record.packageId)
  if (row && !record.aligned && localSeq(ctx.db, row.id) === seq) seq = alignLocal(ctx, row.id, remote, groups, resourceMap) ?? seq
  const next: LinkRow = freshLink(remoteId, record.packageId, remote, seq, link)
  saveLink(ctx.db, { ...next, resource_map: JSON.stringify(resourceMap), files: JSON.stringify(files) })
}

/**
 * Rewrites the local copy with the remote's editable fields (under the local
 * ids) when they differ — the remote normalised a value, or remote edits
 * were merged in — and returns the new seq. Server-set fields (timestamps)
 * stay the local copy's own: rewriting a dataset just to copy them would
 * double the cost of every push.
 */
function alignLocal(ctx: Context, id: string, remote: Dict, groups: GroupLinks, resourceMap: Record<string, string>): number | undefined {
  const local = showPackage(ctx, findPackageRow(ctx.db, id)!)
  const remoteView = editableView(remote)
  if (deepEqual(remoteViewOfLocal(local, groups, resourceMap), remoteView)) return undefined
  writeVerbatim(ctx, overlayView(local, localSpaceView(remoteView, groups, resourceMap, local), local))
  return localSeq(ctx.db, id)
}

/** A remote-space view with ids mapped back to local ones (resources, organization, groups). */
function localSpaceView(view: Dict, groups: GroupLinks, resourceMap: Record<string, string>, local: Dict): Dict {
  const back = new Map(Object.entries(resourceMap).map(([localId, remoteId]) => [remoteId, localId]))
  const out: Dict = withLocalGroups(view, groups)
  if (typeof view.owner_org === 'string') out.owner_org = groups.localOf(view.owner_org) ?? local.owner_org ?? view.owner_org
  if (Array.isArray(view.resources)) {
    out.resources = view.resources.map((r) => (isDict(r) && typeof r.id === 'string' && back.has(r.id) ? { ...r, id: back.get(r.id) } : r))
  }
  return out
}
