/**
 * Settling a dataset's conflict with a remote, by the user's decision:
 * take local, take remote, or a value of their own per field. The decided
 * merge becomes the local copy, and the remote version it was measured
 * against becomes the base, so the next push sends exactly the decision.
 */
import type { Context } from '../engine/context.ts'
import { ValidationError } from '../engine/errors.ts'
import { findPackageRow, showPackage } from '../engine/packages/store.ts'
import { freshLink, groupLinks, linkParts, localSeq, saveLink, type GroupLinks, type LinkRow } from './links.ts'
import { writeVerbatim } from './local-store.ts'
import { mergeThreeWay, type Chooser } from './merge.ts'
import { deepEqual, editableView, isDict, type Dict } from './normalize.ts'
import { localFromRemote, overlayView, remoteViewOfLocal, withLocalGroups } from './translate.ts'

export type Resolution = { take?: 'local' | 'remote'; values?: Record<string, unknown> }

/** Resolves the conflict recorded on `link`; returns what was done. */
export function resolveConflict(ctx: Context, link: LinkRow, resolution: Resolution): Record<string, unknown> {
  const parts = linkParts(link)
  const conflict = parts.conflict!
  const row = findPackageRow(ctx.db, link.package_id)
  if (conflict.kind === 'remote-deleted') {
    if (resolution.take === 'remote') {
      if (row && row.state !== 'deleted') ctx.call('package_delete', { id: row.id })
      saveLink(ctx.db, { ...link, remote_state: 'deleted', conflict: null, local_seq: localSeq(ctx.db, link.package_id) })
      return { resolved: 'deleted locally' }
    }
    saveLink(ctx.db, { ...link, remote_state: 'deleted', conflict: null, local_seq: -1 })
    return { resolved: 'will be published again on the next push' }
  }
  const remote = conflict.remote!
  if (conflict.kind === 'local-deleted') {
    if (resolution.take === 'remote') {
      writeVerbatim(ctx, localCopy(ctx, link, remote))
      saveLink(ctx.db, freshLink(link.remote_id, link.package_id, remote, localSeq(ctx.db, link.package_id), link))
      return { resolved: 'restored locally' }
    }
    saveLink(ctx.db, { ...freshLink(link.remote_id, link.package_id, remote, -1, link) })
    return { resolved: 'will be deleted on the next push' }
  }
  if (!row) throw new ValidationError({ id: ['The local dataset no longer exists'] })
  const groups = groupLinks(ctx.db, link.remote_id)
  const local = showPackage(ctx, row)
  const localView = remoteViewOfLocal(local, groups, parts.resourceMap)
  const choose: Chooser = (c) => (resolution.values && c.path in resolution.values ? { value: resolution.values[c.path] } : resolution.take)
  const { merged, conflicts } = mergeThreeWay(editableView(parts.base), localView, editableView(remote), choose)
  if (conflicts.length) throw new ValidationError({ take: [`Undecided: ${conflicts.map((c) => c.path).join(', ')}`] })
  if (!deepEqual(merged, localView)) writeVerbatim(ctx, overlayView(local, backToLocal(merged, parts.resourceMap, groups), local))
  const seq = localSeq(ctx.db, row.id)
  const stillDirty = !deepEqual(merged, editableView(remote))
  saveLink(ctx.db, freshLink(link.remote_id, link.package_id, remote, stillDirty ? Math.min(link.local_seq, seq - 1) : seq, link))
  return { resolved: stillDirty ? 'merged; push to publish' : 'in step with the remote' }
}

/** The remote dict as a local copy under the link's local ids. */
function localCopy(ctx: Context, link: LinkRow, remote: Dict): Dict {
  const parts = linkParts(link)
  const groups = groupLinks(ctx.db, link.remote_id)
  return { ...backToLocal(localFromRemote(remote, groups), parts.resourceMap, groups), id: link.package_id }
}

function backToLocal(view: Dict, resourceMap: Record<string, string>, groups: GroupLinks): Dict {
  const back = new Map(Object.entries(resourceMap).map(([localId, remoteId]) => [remoteId, localId]))
  const out: Dict = withLocalGroups(view, groups) // group references are remote ids in the view
  if (typeof view.owner_org === 'string') out.owner_org = groups.localOf(view.owner_org) ?? view.owner_org
  if (Array.isArray(view.resources)) {
    out.resources = view.resources.map((r) => (isDict(r) && typeof r.id === 'string' && back.has(r.id) ? { ...r, id: back.get(r.id) } : r))
  }
  return out
}
