/**
 * Updating a linked dataset, guarded against concurrent remote edits:
 * package_revise with `match` on the last known metadata_modified where the
 * remote has it, package_show + compare + package_update where it does not;
 * a push that changes a field CKAN edits without a new metadata_modified
 * (groups, organization, visibility) first compares that field too.
 * When the remote moved on, its new version is merged three-way with the
 * local one: clean merges are pushed, overlaps become conflicts. A retried
 * update whose first attempt landed is recognised by comparing the remote
 * with what we meant to write.
 */
import { ActionFailure } from '../../shared/envelope.ts'
import { changedKeys } from './diff.ts'
import type { JobContext } from './jobs/runner.ts'
import { linkParts } from './links.ts'
import { mergeThreeWay } from './merge.ts'
import { deepEqual, editableView, isDict, type Dict } from './normalize.ts'
import { pushCreate, showRemote } from './push-create.ts'
import { pairResources, readLocal, recordPushed, remotePayload, uploadFiles, type PushOutcome } from './push-common.ts'
import { isUnknownAction } from './remote-ckan.ts'
import { capabilitiesOf } from './remotes.ts'
import { noteCapability } from './capabilities.ts'
import { overlayView, withoutResourceIds } from './translate.ts'

const maxRounds = 3

/** Pushes a linked dataset's local changes (and new files); `restore` brings a remotely deleted dataset back. */
export async function pushUpdate(ctx: JobContext, id: string, restore = false): Promise<PushOutcome> {
  const local = readLocal(ctx, id)
  const link = local.link!
  const parts = linkParts(link)
  const base = { id: String(local.dict.id), name: String(local.dict.name), action: restore ? 'restore' : 'update', remote_id: link.remote_package_id }
  let baseView = editableView(parts.base)
  let wanted = local.view
  let remoteModified = link.remote_modified
  let merged = false
  for (let round = 0; round < maxRounds; round++) {
    const known = new Set(Object.values(local.resourceMap).concat(remoteResourceIds(parts.base)))
    const payload = await remotePayload(ctx, { ...local, view: wanted }, known)
    const changed = changedKeys(baseView, wanted)
    if (!restore && changed.length === 0 && local.uploads.length === 0) {
      recordPushed(ctx, { package_id: base.id, remote_dict: parts.base, seq_at_start: local.seq })
      return { ...base, outcome: 'unchanged' }
    }
    const sent = await send(ctx, link.remote_package_id, remoteModified, payload, changed, restore, baseView)
    if (sent.ok) {
      const resourceMap = { ...local.resourceMap, ...pairResources(sent.dict, localIdsOf(wanted, local.resourceMap)) }
      const files = await uploadFiles(ctx, local.uploads, resourceMap)
      const final = local.uploads.length ? await ctx.client.action<Dict>('package_show', { id: link.remote_package_id }) : sent.dict
      recordPushed(ctx, {
        package_id: base.id,
        remote_dict: final,
        resource_map: resourceMap,
        files,
        seq_at_start: local.seq,
        aligned: !merged && local.uploads.length === 0 && deepEqual(withoutResourceIds(editableView(final)), withoutResourceIds(wanted)),
      })
      return { ...base, outcome: 'updated', merged, uploaded: local.uploads.length }
    }
    // The remote moved on since our base: see what it holds now.
    const current = sent.current ?? (await showRemote(ctx, link.remote_package_id))
    if (!current && restore) {
      // Purged remotely: publish it anew.
      ctx.engine.call('shelfmark_sync_forget_link', ctx.caller, { remote: ctx.remote.name, package_id: base.id })
      return pushCreate(ctx, id)
    }
    if (!current || (current.state === 'deleted' && !restore)) {
      ctx.engine.call('shelfmark_sync_record_conflict', ctx.caller, { remote: ctx.remote.name, package_id: base.id, kind: 'remote-deleted', remote_dict: null, conflicts: [] })
      return { ...base, outcome: 'conflict' }
    }
    const currentView = editableView(current)
    if (deepEqual(withoutResourceIds(currentView), withoutResourceIds(wanted))) {
      // Our earlier attempt landed (its answer was lost): nothing more to send.
      recordPushed(ctx, { package_id: base.id, remote_dict: current, seq_at_start: local.seq })
      return { ...base, outcome: 'updated' }
    }
    const result = mergeThreeWay(baseView, wanted, currentView)
    if (result.conflicts.length) {
      ctx.engine.call('shelfmark_sync_record_conflict', ctx.caller, {
        remote: ctx.remote.name,
        package_id: base.id,
        kind: 'fields',
        remote_dict: current,
        conflicts: result.conflicts,
      })
      return { ...base, outcome: 'conflict' }
    }
    baseView = currentView
    wanted = result.merged
    remoteModified = typeof current.metadata_modified === 'string' ? current.metadata_modified : null
    merged = true
  }
  return { ...base, outcome: 'failed', errors: { message: 'The remote kept changing while pushing; pull and try again' } }
}

type Sent = { ok: true; dict: Dict } | { ok: false; current?: Dict }

/**
 * Fields CKAN changes without moving metadata_modified: a dataset added to or
 * taken out of a group (member_create/member_delete), moved to another
 * organization (package_owner_org_update), made private or public in bulk
 * (bulk_update_private/public). The 2.10 recordings show the first two
 * (059 then 093; 048 then 074). A guard on metadata_modified alone lets a
 * push of such a field silently undo the remote's change.
 */
const unbumpedKeys = new Set(['groups', 'owner_org', 'private'])

/**
 * One guarded write. `ok: false` means the remote changed since
 * `remoteModified`, or, for the fields above that the push changes, since
 * the base: its dict then comes back as `current` for the merge.
 */
async function send(
  ctx: JobContext,
  remoteId: string,
  remoteModified: string | null,
  payload: Dict,
  changed: string[],
  restore: boolean,
  baseView: Dict,
): Promise<Sent> {
  // Read once here when the push changes such a field; the compare-then-update path below uses the same dict.
  let shown: Dict | null | undefined
  if (!restore && changed.some((key) => unbumpedKeys.has(key))) {
    shown = await showRemote(ctx, remoteId)
    if (!shown || driftedUnbumped(baseView, editableView(shown), changed)) return { ok: false, current: shown ?? undefined }
  }
  const canRevise = capabilitiesOf(ctx.remote).package_revise !== false && !restore && remoteModified !== null
  if (canRevise) {
    const update: Dict = {}
    for (const key of changed) if (payload[key] !== undefined) update[key] = payload[key]
    try {
      const result = await ctx.client.action<{ package: Dict }>('package_revise', {
        match: { id: remoteId, metadata_modified: remoteModified, state: 'active' },
        filter: changed.map((key) => `-${key}`),
        update,
      })
      return { ok: true, dict: result.package }
    } catch (error) {
      if (error instanceof ActionFailure && error.error.__type === 'Validation Error' && 'match' in error.error) return { ok: false }
      if (error instanceof ActionFailure && error.status === 404) return { ok: false }
      if (!isUnknownAction(error)) throw error
      noteCapability(ctx, { package_revise: false })
    }
  }
  // Compare-then-update: older CKAN (no package_revise) leaves a short race window here.
  const current = shown === undefined ? await showRemote(ctx, remoteId) : shown
  if (!current || (current.metadata_modified !== remoteModified && remoteModified !== null) || (current.state === 'deleted' && !restore)) {
    return { ok: false, current: current ?? undefined }
  }
  // Only the changed fields go over the remote's current dict, as package_revise would write them:
  // the rest of the local copy may lag behind changes CKAN made without a new metadata_modified.
  const full = overlayView(current, restore ? payload : withChanges(editableView(current), payload, changed))
  if (restore) full.state = 'active'
  const dict = await ctx.client.action<Dict>('package_update', { ...full, id: remoteId })
  return { ok: true, dict }
}

/** True when the remote holds another value than the base for one of the changed fields CKAN edits without a new timestamp. */
function driftedUnbumped(baseView: Dict, currentView: Dict, changed: string[]): boolean {
  return changed.some((key) => unbumpedKeys.has(key) && !deepEqual(baseView[key], currentView[key]))
}

/** `view` with the `changed` fields as `payload` has them (a field the payload lacks is removed). */
function withChanges(view: Dict, payload: Dict, changed: string[]): Dict {
  const out: Dict = { ...view }
  for (const key of changed) {
    if (payload[key] === undefined) delete out[key]
    else out[key] = payload[key]
  }
  return out
}

function remoteResourceIds(base: Dict): string[] {
  return (Array.isArray(base.resources) ? base.resources.filter(isDict) : []).map((r) => String(r.id))
}

/** The local ids of `view`'s resources, in order: remote ids mapped back through `resourceMap` (local → remote). */
function localIdsOf(view: Dict, resourceMap: Record<string, string>): string[] {
  const back = new Map(Object.entries(resourceMap).map(([localId, remoteId]) => [remoteId, localId]))
  return (Array.isArray(view.resources) ? view.resources.filter(isDict) : []).map((r) => back.get(String(r.id)) ?? String(r.id))
}
