/**
 * The internal steps of push jobs, each its own small transaction: journal
 * a step before sending it, record what the remote confirmed, a conflict
 * found on the way, the remote's refusal, a group mapping, a capability.
 */
import { defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { IntegrityError, invalid } from '../../errors.ts'
import { ckanNow } from '../../time.ts'
import { ignoreMissing, intValidator, notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { beginStep, linkFor, saveGroupLink, saveLink, type ConflictRecord } from '../../../sync/links.ts'
import { isDict } from '../../../sync/normalize.ts'
import { recordPush } from '../../../sync/push-record.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

const internal = `Internal step of a sync job.`

/** Journals a push step before it is sent. */
export const shelfmark_sync_begin_step = defineAction('shelfmark_sync_begin_step', {
  auth: canManageSync,
  schema: { remote: [notEmpty, unicodeSafe], package_id: [notEmpty, unicodeSafe], step: [notEmpty, unicodeSafe] },
  help: `${internal} Journals a step about to be sent to the remote.`,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.remote)
    beginStep(ctx.db, remote.id, data.package_id as string, data.step as string, null, isDict(data.data) ? data.data : {})
    return null
  },
})

/** Records pushes the remote confirmed: one (package_id, remote_dict, ...) or several (`records`, a list of such dicts). */
export const shelfmark_sync_record_push = defineAction('shelfmark_sync_record_push', {
  auth: canManageSync,
  schema: { remote: [notEmpty, unicodeSafe], package_id: [ignoreMissing, unicodeSafe], seq_at_start: [ignoreMissing, intValidator] },
  help: `${internal} Records pushes the remote confirmed: the new base, resource ids, files.
    One record in the parameters, or a list of them as \`records\` (a job
    records a few at once: one transaction instead of one each).`,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.remote)
    const records = Array.isArray(data.records) ? data.records : [data]
    for (const record of records) {
      if (!isDict(record) || typeof record.package_id !== 'string' || !record.package_id) invalid('package_id', 'Missing value')
      if (record.deleted !== true && !isDict(record.remote_dict)) throw new IntegrityError('remote_dict must be a dict')
      recordPush(ctx, remote.id, {
        packageId: record.package_id,
        remoteDict: isDict(record.remote_dict) ? record.remote_dict : undefined,
        resourceMap: isDict(record.resource_map) ? (record.resource_map as Record<string, string>) : undefined,
        files: isDict(record.files) ? record.files : undefined,
        seqAtStart: typeof record.seq_at_start === 'number' ? record.seq_at_start : undefined,
        deleted: record.deleted === true,
        aligned: record.aligned === true,
      })
    }
    return null
  },
})

/** Records a conflict a push found. */
export const shelfmark_sync_record_conflict = defineAction('shelfmark_sync_record_conflict', {
  auth: canManageSync,
  schema: { remote: [notEmpty, unicodeSafe], package_id: [notEmpty, unicodeSafe], kind: [notEmpty, unicodeSafe] },
  help: `${internal} Records a conflict a push found; nothing is written to either side.`,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.remote)
    const link = linkFor(ctx.db, remote.id, data.package_id as string)
    if (!link) throw new IntegrityError('The dataset is not linked to this remote')
    const remoteDict = isDict(data.remote_dict) ? data.remote_dict : null
    const record: ConflictRecord = {
      remote: remoteDict,
      remote_modified: typeof remoteDict?.metadata_modified === 'string' ? remoteDict.metadata_modified : null,
      conflicts: Array.isArray(data.conflicts) ? (data.conflicts as ConflictRecord['conflicts']) : [],
      kind: data.kind as ConflictRecord['kind'],
      detected: ckanNow(),
    }
    saveLink(ctx.db, { ...link, conflict: JSON.stringify(record) })
    return null
  },
})

/** Keeps the remote's field errors for a linked dataset. */
export const shelfmark_sync_record_errors = defineAction('shelfmark_sync_record_errors', {
  auth: canManageSync,
  schema: { remote: [notEmpty, unicodeSafe], package_id: [notEmpty, unicodeSafe] },
  help: `${internal} Keeps the remote's field errors for a linked dataset (shown by shelfmark_status).`,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.remote)
    const link = linkFor(ctx.db, remote.id, data.package_id as string)
    if (link) saveLink(ctx.db, { ...link, errors: JSON.stringify(data.errors ?? null) })
    return null
  },
})

/** Maps a local organization or group to a remote one. */
export const shelfmark_sync_map_group = defineAction('shelfmark_sync_map_group', {
  auth: canManageSync,
  schema: { remote: [notEmpty, unicodeSafe], local_id: [notEmpty, unicodeSafe] },
  help: `${internal} Records that a local organization or group stands for a remote one.`,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.remote)
    const group = data.remote_group
    if (!isDict(group) || typeof group.id !== 'string' || typeof group.name !== 'string') throw new IntegrityError('remote_group must be {id, name}')
    saveGroupLink(ctx.db, remote.id, data.local_id as string, { id: group.id, name: group.name, is_organization: group.is_organization === true })
    return null
  },
})

/** Records an action the remote lacks. */
export const shelfmark_sync_record_capability = defineAction('shelfmark_sync_record_capability', {
  auth: canManageSync,
  schema: { remote: [notEmpty, unicodeSafe] },
  help: `${internal} Records what the remote turned out to lack (package_revise, package_search).`,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.remote)
    const capabilities = JSON.parse(remote.capabilities)
    for (const key of ['package_revise', 'package_search']) if (typeof data[key] === 'boolean') capabilities[key] = data[key]
    sql(ctx.db, 'UPDATE sync_remotes SET capabilities = ? WHERE id = ?').run(JSON.stringify(capabilities), remote.id)
    return null
  },
})

/** Drops the link of a dataset purged remotely. */
export const shelfmark_sync_forget_link = defineAction('shelfmark_sync_forget_link', {
  auth: canManageSync,
  schema: { remote: [notEmpty, unicodeSafe], package_id: [notEmpty, unicodeSafe] },
  help: `${internal} Drops a link whose remote dataset was purged, so the dataset is published anew.`,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.remote)
    sql(ctx.db, 'DELETE FROM sync_links WHERE remote_id = ? AND package_id = ?').run(remote.id, data.package_id)
    return null
  },
})
