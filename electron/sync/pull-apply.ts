/**
 * What a pulled remote dataset does to the local catalog, decided inside
 * one engine transaction: new → stored as sent and linked; unchanged →
 * nothing; changed remotely only → replaced; changed on both sides → merged
 * field by field, or recorded as a conflict with the local copy untouched.
 */
import type { Context } from '../engine/context.ts'
import { inSavepoint } from '../engine/db/transaction-wrapper.ts'
import { ActionError } from '../engine/errors.ts'
import { findPackageRow, showPackage } from '../engine/packages/store.ts'
import { ckanNow } from '../engine/time.ts'
import { deepEqual, editableView, type Dict } from './normalize.ts'
import {
  freshLink,
  linkByRemoteId,
  linkParts,
  localSeq,
  saveLink,
  type ConflictRecord,
  type GroupLinks,
  type LinkRow,
} from './links.ts'
import { writeVerbatim } from './local-store.ts'
import { mergeThreeWay } from './merge.ts'
import { localFromRemote, overlayView, remoteViewOfLocal } from './translate.ts'

export type PullOutcome = {
  id: string
  name: string
  outcome: 'created' | 'updated' | 'merged' | 'unchanged' | 'conflict' | 'failed'
  /** CKAN-style field → messages, or a message, when the dataset could not be stored. */
  error?: unknown
}

/**
 * Applies one remote dataset dict in its own savepoint; the dataset's own
 * problems (a name taken locally, a refused value) become a 'failed' outcome.
 */
export function applyPulled(ctx: Context, remoteId: string, remote: Dict, groups: GroupLinks): PullOutcome {
  const base = { id: String(remote.id), name: String(remote.name) }
  try {
    return { ...base, outcome: inSavepoint(ctx.db, () => applyOne(ctx, remoteId, remote, groups)) }
  } catch (error) {
    if (error instanceof ActionError) return { ...base, outcome: 'failed', error: error.body() }
    return { ...base, outcome: 'failed', error: error instanceof Error ? error.message : String(error) }
  }
}

function applyOne(ctx: Context, remoteId: string, remote: Dict, groups: GroupLinks): PullOutcome['outcome'] {
  let link = linkByRemoteId(ctx.db, remoteId, String(remote.id))
  if (!link) {
    const holder = findPackageRow(ctx.db, String(remote.id))
    if (!holder || holder.id !== remote.id) return store(ctx, remoteId, remote, groups, undefined, 'created')
    link = adoptionLink(ctx, remoteId, remote, groups)
    if (!link.conflict && link.local_seq >= 0) return 'unchanged'
  }
  const parts = linkParts(link)
  // The same metadata_modified is not enough: CKAN moves a dataset between groups or organizations,
  // and makes it private or public in bulk, without a new timestamp (see push-update.ts).
  if (link.remote_modified === remote.metadata_modified && !link.conflict && link.remote_state === 'active' && sameContent(parts.base, remote)) {
    return 'unchanged'
  }
  const row = findPackageRow(ctx.db, link.package_id)
  const dirty = !row || localSeq(ctx.db, link.package_id) > link.local_seq
  if (!dirty) return store(ctx, remoteId, remote, groups, link, 'updated')
  if (!row || row.state === 'deleted') {
    if (sameContent(parts.base, remote)) return keepBase(ctx, link, remote)
    return recordConflict(ctx, link, remote, 'local-deleted', [])
  }
  const local = showPackage(ctx, row)
  const localView = remoteViewOfLocal(local, groups, parts.resourceMap)
  const { merged, conflicts } = mergeThreeWay(editableView(parts.base), localView, editableView(remote))
  if (conflicts.length) return recordConflict(ctx, link, remote, 'fields', conflicts)
  if (deepEqual(merged, localView)) return keepBase(ctx, link, remote) // the remote change was one we already had
  const stillDirty = !deepEqual(merged, editableView(remote))
  const stored = writeVerbatim(ctx, localFromRemote(overlayView(remote, merged, local), groups))
  const next = freshLink(remoteId, String(stored.id), remote, localSeq(ctx.db, String(stored.id)), link)
  if (stillDirty) next.local_seq = link.local_seq // local edits remain to be pushed
  saveLink(ctx.db, next)
  return 'merged'
}

/** True when the remote dict holds what the base does (server-managed fields aside). */
function sameContent(base: Dict, remote: Dict): boolean {
  return deepEqual(editableView(base), editableView(remote))
}

/**
 * A remote dataset whose id a local dataset already holds (pulled before the
 * link was lost, or loaded from a dump): linked at once when both agree,
 * else linked with an empty base so every difference goes through the merge.
 */
function adoptionLink(ctx: Context, remoteId: string, remote: Dict, groups: GroupLinks): LinkRow {
  const row = findPackageRow(ctx.db, String(remote.id))!
  const same = deepEqual(remoteViewOfLocal(showPackage(ctx, row), groups, {}), editableView(remote))
  const link = freshLink(remoteId, row.id, remote, localSeq(ctx.db, row.id))
  if (same) {
    saveLink(ctx.db, link)
    return link
  }
  return { ...link, base: JSON.stringify({ id: remote.id, name: remote.name }), local_seq: -1, remote_modified: null }
}

function store(ctx: Context, remoteId: string, remote: Dict, groups: GroupLinks, link: LinkRow | undefined, outcome: 'created' | 'updated'): PullOutcome['outcome'] {
  const shown = writeVerbatim(ctx, localFromRemote(remote, groups))
  saveLink(ctx.db, freshLink(remoteId, String(shown.id), remote, localSeq(ctx.db, String(shown.id)), link))
  return outcome
}

/** The remote caught up with the local copy: only the base and remote timestamp move. */
function keepBase(ctx: Context, link: LinkRow, remote: Dict): PullOutcome['outcome'] {
  saveLink(ctx.db, { ...freshLink(link.remote_id, link.package_id, remote, link.local_seq, link) })
  return 'unchanged'
}

function recordConflict(
  ctx: Context,
  link: LinkRow,
  remote: Dict,
  kind: ConflictRecord['kind'],
  conflicts: ConflictRecord['conflicts'],
): PullOutcome['outcome'] {
  const record: ConflictRecord = {
    remote,
    remote_modified: typeof remote.metadata_modified === 'string' ? remote.metadata_modified : null,
    conflicts,
    kind,
    detected: ckanNow(),
  }
  saveLink(ctx.db, { ...link, conflict: JSON.stringify(record) })
  return 'conflict'
}
