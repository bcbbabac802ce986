/**
 * Publishing a dataset the remote has never seen. Creation is keyed by the
 * dataset's name, which a remote site holds once: the journal records the
 * attempt before it is sent, so after a lost answer or a crash the dataset
 * found under that name is recognised as ours and adopted, never created twice.
 */
import { ActionFailure } from '../../shared/envelope.ts'
import type { JobContext } from './jobs/runner.ts'
import { journalEntry } from './links.ts'
import type { Dict } from './normalize.ts'
import {
  fieldErrors,
  isRefusal,
  localResourceIds,
  pairResources,
  PushRefused,
  readLocal,
  recordPushed,
  remotePayload,
  uploadFiles,
  type PushOutcome,
} from './push-common.ts'

/** Creates the dataset remotely (or adopts our own earlier attempt), uploads its files, links it. */
export async function pushCreate(ctx: JobContext, id: string): Promise<PushOutcome> {
  const local = readLocal(ctx, id)
  const name = String(local.dict.name)
  const base = { id: String(local.dict.id), name, action: 'create' }
  const begun = journalEntry(ctx.engine.db, ctx.remote.id, base.id, 'create')
  const existing = await showRemote(ctx, name)
  if (existing && !(begun && begun.data.name === name)) {
    return { ...base, outcome: 'failed', errors: { name: ['That URL is already in use.'] } }
  }
  let created = existing
  if (!created) {
    const payload = await remotePayload(ctx, local, new Set())
    ctx.engine.call('shelfmark_sync_begin_step', ctx.caller, { remote: ctx.remote.name, package_id: base.id, step: 'create', data: { name } })
    try {
      created = await ctx.client.action<Dict>('package_create', payload)
    } catch (error) {
      // A retried create whose first attempt landed meets its own name: adopt it.
      const taken = isRefusal(error) && 'name' in error.error ? await showRemote(ctx, name) : null
      if (!taken) throw error
      created = taken
    }
  }
  const resourceMap = pairResources(created, localResourceIds(local.dict))
  const files = await uploadFiles(ctx, local.uploads, resourceMap)
  const final = local.uploads.length ? await ctx.client.action<Dict>('package_show', { id: created.id }) : created
  recordPushed(ctx, {
    package_id: base.id,
    remote_dict: final,
    resource_map: resourceMap,
    files,
    seq_at_start: local.seq,
  })
  return { ...base, outcome: 'created', remote_id: String(final.id), uploaded: local.uploads.length }
}

/** The remote dataset with this name or id, or null when there is none. */
export async function showRemote(ctx: JobContext, id: string): Promise<Dict | null> {
  return ctx.client.action<Dict>('package_show', { id }).catch((error) => {
    if (error instanceof ActionFailure && (error.status === 404 || error.error.__type === 'Not Found Error')) return null
    throw error
  })
}

/** Turns a refusal into the dataset's failed outcome with its field errors. */
export function refusedOutcome(base: Omit<PushOutcome, 'outcome'>, error: unknown): PushOutcome | undefined {
  if (error instanceof PushRefused) return { ...base, outcome: 'failed', errors: error.errors }
  if (isRefusal(error)) return { ...base, outcome: 'failed', errors: fieldErrors(error) }
  if (error instanceof ActionFailure && error.status === 403) return { ...base, outcome: 'failed', errors: { message: error.message } }
  return undefined
}
