/**
 * After the remote confirmed a push: the link moves to the remote's new
 * version (the new base), and — when nobody edited the dataset locally
 * meanwhile — the local copy takes what the remote made of it (its
 * normalisations, remote edits merged in), so both sides agree exactly.
 */
import type { Context } from '../engine/context.ts'
import { findPackageRow, showPackage } from '../engine/packages/store.ts'
import { endSteps, freshLink, groupLinks, linkFor, linkParts, localSeq, saveLink, type GroupLinks, type LinkRow } from './links.ts'
import { writeVerbatim } from './local-store.ts'
import { deepEqual, isDict, type Dict } from './normalize.ts'
import { localFromRemote } from './translate.ts'

export type PushRecord = {
  packageId: string
  remoteDict?: Dict
  resourceMap?: Record<string, string>
  files?: Record<string, unknown>
  seqAtStart?: number
  deleted?: boolean
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
  const resourceMap = { ...(link ? linkParts(link).resourceMap : {}), ...record.resourceMap }
  const files = { ...(link ? linkParts(link).files : {}), ...record.files }
  const groups = groupLinks(ctx.db, remoteId)
  let seq = record.seqAtStart ?? localSeq(ctx.db, record.packageId)
  const row = findPackageRow(ctx.db, record.packageId)
  if (row && localSeq(ctx.db, row.id) === seq) seq = alignLocal(ctx, row.id, remote, groups, resourceMap) ?? seq
  const next: LinkRow = freshLink(remoteId, record.packageId, remote, seq, link)
  saveLink(ctx.db, { ...next, resource_map: JSON.stringify(resourceMap), files: JSON.stringify(files) })
}

/**
 * Rewrites the local copy as the remote now holds it (under the local ids)
 * unless it already is; returns the new seq.
 */
function alignLocal(ctx: Context, id: string, remote: Dict, groups: GroupLinks, resourceMap: Record<string, string>): number | undefined {
  const local = showPackage(ctx, findPackageRow(ctx.db, id)!)
  const wanted = localSpace(localFromRemote(remote, groups), resourceMap, id)
  const current = localFromRemote(local, groups)
  if (deepEqual({ ...current, organization: null, groups: names(current) }, { ...wanted, organization: null, groups: names(wanted) })) return undefined
  writeVerbatim(ctx, wanted)
  return localSeq(ctx.db, id)
}

/** A remote dict (already through localFromRemote) under the local dataset and resource ids. */
function localSpace(dict: Dict, resourceMap: Record<string, string>, localId: string): Dict {
  const back = new Map(Object.entries(resourceMap).map(([localRes, remoteRes]) => [remoteRes, localRes]))
  const out: Dict = { ...dict, id: localId }
  if (Array.isArray(dict.resources)) {
    out.resources = dict.resources.map((r) =>
      isDict(r) && typeof r.id === 'string' && back.has(r.id) ? { ...r, id: back.get(r.id), package_id: localId } : isDict(r) ? { ...r, package_id: localId } : r,
    )
  }
  return out
}

function names(dict: Dict): string[] {
  return (Array.isArray(dict.groups) ? dict.groups.filter(isDict) : []).map((g) => String(g.name)).sort()
}
