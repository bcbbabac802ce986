/**
 * What the push steps share: reading the local side, mapping organizations
 * and groups to the remote, uploading files, and recording the outcome
 * through the engine.
 */
import { ActionFailure } from '../../shared/envelope.ts'
import type { JobContext } from './jobs/runner.ts'
import { groupLinks, linkFor, linkParts, localSeq, type GroupLinks, type LinkRow } from './links.ts'
import { pendingUploads, type PendingUpload } from './local-files.ts'
import { isDict, type Dict } from './normalize.ts'
import { remoteViewOfLocal } from './translate.ts'
import type { FieldChange } from './diff.ts'

/** How one dataset's push ended. */
export type PushOutcome = {
  id: string
  name: string
  action: string
  outcome: 'created' | 'updated' | 'deleted' | 'unchanged' | 'conflict' | 'failed' | 'skipped'
  /** Remote edits were merged in on the way. */
  merged?: boolean
  remote_id?: string
  /** The remote's refusal, CKAN-style: field → messages (or a message). */
  errors?: unknown
  uploaded?: number
  changes?: FieldChange[]
}

/** A push failure that carries field errors for the dataset. */
export class PushRefused extends Error {
  constructor(readonly errors: Record<string, unknown>) {
    super('The remote refused the dataset')
  }
}

/** The local side of a dataset at the start of its push. */
export type LocalState = {
  dict: Dict
  seq: number
  link: LinkRow | undefined
  groups: GroupLinks
  resourceMap: Record<string, string>
  view: Dict
  uploads: PendingUpload[]
}

/** Reads the local dataset, its link and its remote-space view. */
export function readLocal(ctx: JobContext, id: string): LocalState {
  const db = ctx.engine.db
  const dict = ctx.engine.call('package_show', ctx.caller, { id }) as Dict
  const link = linkFor(db, ctx.remote.id, String(dict.id))
  const groups = groupLinks(db, ctx.remote.id)
  const parts = link ? linkParts(link) : undefined
  const resourceMap = parts?.resourceMap ?? {}
  return {
    dict,
    seq: localSeq(db, String(dict.id)),
    link,
    groups,
    resourceMap,
    view: remoteViewOfLocal(dict, groups, resourceMap),
    uploads: pendingUploads(ctx.engine.dataDir, dict, parts?.files ?? {}),
  }
}

/**
 * The view as a remote payload: organization and groups by remote id (CKAN's
 * package_membership_list_save looks a group up by id when given one, and by
 * name only otherwise, so a name could meet a renamed group's successor);
 * those with no remote counterpart yet are looked up by name on the remote
 * (and mapped); resources the remote does not know lose their local ids so
 * it assigns its own.
 */
export async function remotePayload(ctx: JobContext, local: LocalState, knownRemoteResources: Set<string>): Promise<Dict> {
  const payload: Dict = { ...local.view }
  if (typeof local.dict.owner_org === 'string' && payload.owner_org === local.dict.owner_org && !local.groups.remoteOf(local.dict.owner_org)) {
    payload.owner_org = await mapGroup(ctx, local.dict.organization, true)
  }
  if (Array.isArray(payload.groups)) {
    // From the view, not the local dict: a merged view also holds the groups the remote added.
    const localGroups = new Map((Array.isArray(local.dict.groups) ? local.dict.groups.filter(isDict) : []).map((g) => [g.id, g]))
    const refs: Dict[] = []
    for (const ref of payload.groups.filter(isDict)) {
      const id = typeof ref.id === 'string' ? ref.id : undefined
      const localGroup = id !== undefined && !local.groups.localOf(id) && !local.groups.remoteOf(id) ? localGroups.get(id) : undefined
      refs.push(localGroup ? { id: await mapGroup(ctx, localGroup, false) } : ref)
    }
    payload.groups = refs
  }
  if (Array.isArray(payload.resources)) {
    payload.resources = payload.resources.map((r) => (isDict(r) && typeof r.id === 'string' && !knownRemoteResources.has(r.id) ? withoutId(r) : r))
  }
  return payload
}

function withoutId(resource: Dict): Dict {
  const { id: _id, ...rest } = resource
  return rest
}

/** Finds the remote organization or group with the local one's name and records the mapping; refuses the dataset when there is none. */
async function mapGroup(ctx: JobContext, local: unknown, isOrganization: boolean): Promise<string> {
  if (!isDict(local) || typeof local.name !== 'string') throw new PushRefused({ owner_org: ['The local organization has no name'] })
  const action = isOrganization ? 'organization_show' : 'group_show'
  const remote = await ctx.client.action<Dict>(action, { id: local.name, include_datasets: false }).catch((error) => {
    if (error instanceof ActionFailure && error.status === 404) return null
    throw error
  })
  const field = isOrganization ? 'owner_org' : 'groups'
  const kind = isOrganization ? 'Organization' : 'Group'
  if (!remote) throw new PushRefused({ [field]: [`${kind} "${local.name}" does not exist on the remote`] })
  ctx.engine.call('shelfmark_sync_map_group', ctx.caller, {
    remote: ctx.remote.name,
    local_id: local.id,
    remote_group: { id: remote.id, name: remote.name, is_organization: isOrganization },
  })
  return String(remote.id)
}

/** Uploads each pending file to its remote resource (resource_patch, multipart); returns the file marks. */
export async function uploadFiles(ctx: JobContext, uploads: PendingUpload[], resourceMap: Record<string, string>): Promise<Record<string, Dict>> {
  const marks: Record<string, Dict> = {}
  for (const upload of uploads) {
    const remoteId = resourceMap[upload.resource_id] ?? upload.resource_id
    await ctx.client.upload('resource_patch', { id: remoteId }, { path: upload.path, name: upload.name, size: upload.size }, (bytes) =>
      ctx.progress.bytes(bytes, upload.size),
    )
    marks[upload.resource_id] = { name: upload.name, size: upload.size, mtimeMs: upload.mtimeMs }
  }
  return marks
}

/** Pairs the local ids of the resources sent (in order) with those the remote returned: local id → remote id. */
export function pairResources(returned: Dict, localIds: string[]): Record<string, string> {
  const map: Record<string, string> = {}
  const back = Array.isArray(returned.resources) ? returned.resources.filter(isDict) : []
  if (back.length !== localIds.length) return map
  localIds.forEach((localId, i) => {
    if (typeof back[i].id === 'string') map[localId] = back[i].id as string
  })
  return map
}

/** Local resource ids in the order of the local dict. */
export function localResourceIds(dict: Dict): string[] {
  return (Array.isArray(dict.resources) ? dict.resources.filter(isDict) : []).map((r) => String(r.id))
}

/** True for a CKAN validation failure other than package_revise's `match` mismatch. */
export function isRefusal(error: unknown): error is ActionFailure {
  return error instanceof ActionFailure && error.error.__type === 'Validation Error' && !('match' in error.error)
}

/** The field errors of a refusal, without its __type. */
export function fieldErrors(error: ActionFailure): Record<string, unknown> {
  const { __type: _type, ...fields } = error.error as Record<string, unknown>
  return fields
}

/** What a push step records once the remote confirmed it (see shelfmark_sync_record_push). */
export type PushRecordParams = {
  package_id: string
  remote_dict?: Dict
  resource_map?: Record<string, string>
  files?: Record<string, Dict>
  seq_at_start?: number
  deleted?: boolean
  aligned?: boolean
}

/** Records kept back at most this long, or until this many wait. */
const recordDelayMs = 50
const recordBatch = 25

/**
 * Confirmed pushes of a job, recorded a few at a time in one engine
 * transaction instead of one each (the per-transaction cost was a good part
 * of a push's local work). Holding a record back is safe: a process killed
 * before it is written finds, on resume, that the remote already has what
 * it meant to send (an update's `match` fails and the remote equals the
 * wanted dict; a create's journal entry adopts the dataset by name; a
 * delete finds the dataset gone) and records it then.
 */
export class PushRecorder {
  private pending: PushRecordParams[] = []
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly ctx: JobContext) {}

  /** Queues a record; writes the queue when it is full. */
  add(record: PushRecordParams): void {
    this.pending.push(record)
    if (this.pending.length >= recordBatch) this.flush()
    else this.timer ??= setTimeout(() => this.flush(), recordDelayMs)
  }

  /** Writes every queued record now. */
  flush(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    if (this.pending.length === 0) return
    const records = this.pending
    this.pending = []
    this.ctx.engine.call('shelfmark_sync_record_push', this.ctx.caller, { remote: this.ctx.remote.name, records })
  }
}

const recorders = new WeakMap<JobContext, PushRecorder>()

/** Makes this job's confirmed pushes go through a recorder (push.ts flushes it at the end); returns it. */
export function batchRecords(ctx: JobContext): PushRecorder {
  const recorder = new PushRecorder(ctx)
  recorders.set(ctx, recorder)
  return recorder
}

/** Records a confirmed push: through the job's recorder when it has one, at once otherwise. */
export function recordPushed(ctx: JobContext, record: PushRecordParams): void {
  const recorder = recorders.get(ctx)
  if (recorder) recorder.add(record)
  else ctx.engine.call('shelfmark_sync_record_push', ctx.caller, { remote: ctx.remote.name, ...record })
}
