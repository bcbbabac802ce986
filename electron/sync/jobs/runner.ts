/**
 * Runs sync jobs outside engine transactions. An action only records a job
 * (and, after commit, starts it in the background); the job's async code
 * talks to the remote and writes to the local catalog through engine.call,
 * one transaction per step. The CLI switches its engine to foreground mode
 * and awaits `runJob` itself, drawing progress.
 */
import type { Caller, Engine } from '../../engine/engine.ts'
import { engineOf } from '../../engine/engine.ts'
import type { Context } from '../../engine/context.ts'
import type { Sqlite } from '../../engine/db/open.ts'
import { RemoteCkan, type RemoteOptions } from '../remote-ckan.ts'
import { remoteById, secretsOf, type RemoteRow } from '../remotes.ts'
import { Progress, type ProgressSnapshot } from './progress.ts'
import { handlerFor } from './kinds.ts'
import { claimJob, finishJob, jobById, updateJob, type JobRow } from './store.ts'

/** What a job's code gets to work with. */
export type JobContext = {
  engine: Engine
  job: JobRow
  params: Record<string, any>
  remote: RemoteRow
  client: RemoteCkan
  /** The local user who started the job; local writes run as them. */
  caller: Caller
  progress: Progress
  signal: AbortSignal
}

const foreground = new WeakSet<Sqlite>()
const clientOptions = new WeakMap<Sqlite, Partial<RemoteOptions>>()
const running = new Map<string, Promise<JobRow>>()

/** Makes jobs started on this engine wait for `runJob` instead of starting by themselves (the CLI). */
export function runJobsInForeground(engine: Engine): void {
  foreground.add(engine.db)
}

/** True when this engine's jobs wait for `runJob` (the CLI). */
export function isForeground(engine: Engine): boolean {
  return foreground.has(engine.db)
}

/** Overrides transport settings (timeouts, retries, concurrency) for this engine's jobs. */
export function configureSyncTransport(engine: Engine, options: Partial<RemoteOptions>): void {
  clientOptions.set(engine.db, options)
}

/** Called by the actions that create a job: after commit, start it in the background unless in foreground mode. */
export function startAfterCommit(ctx: Context, jobId: string): void {
  ctx.afterCommit(() => {
    if (foreground.has(ctx.db)) return
    const engine = engineOf(ctx.db)
    if (engine) void runJob(engine, jobId).catch(() => {}) // the outcome is in the job row
  })
}

/** The promise of a job running in this process, if it is. */
export function runningJob(jobId: string): Promise<JobRow> | undefined {
  return running.get(jobId)
}

/**
 * Runs (or resumes) a job to its end and returns its final row. Resolves
 * without running when another live process holds the job.
 */
export function runJob(engine: Engine, jobId: string, options: { onProgress?: (p: ProgressSnapshot) => void; signal?: AbortSignal } = {}): Promise<JobRow> {
  const existing = running.get(jobId)
  if (existing) return existing
  const promise = execute(engine, jobId, options).finally(() => running.delete(jobId))
  running.set(jobId, promise)
  return promise
}

async function execute(engine: Engine, jobId: string, options: { onProgress?: (p: ProgressSnapshot) => void; signal?: AbortSignal }): Promise<JobRow> {
  const db = engine.db
  if (!claimJob(db, jobId)) return jobById(db, jobId) ?? fail(`No sync job ${jobId}`)
  const job = jobById(db, jobId)!
  const abort = new AbortController()
  options.signal?.addEventListener('abort', () => abort.abort(options.signal?.reason), { once: true })
  const progress = new Progress(db, jobId, options.onProgress)
  const heartbeat = setInterval(() => {
    if (progress.isCancelled()) abort.abort(new Error('cancelled'))
    updateJob(db, jobId, {})
  }, 5_000)
  heartbeat.unref()
  try {
    const ctx = jobContext(engine, job, progress, abort.signal)
    const handler = handlerFor(job.kind) ?? fail(`No handler for ${job.kind} jobs`)
    const result = await handler(ctx)
    progress.flush(true)
    finishJob(db, jobId, 'done', { result })
  } catch (error) {
    progress.flush(true)
    const cancelled = abort.signal.aborted
    finishJob(db, jobId, cancelled ? 'cancelled' : 'failed', { error: cancelled ? 'Cancelled' : messageOf(error) })
  } finally {
    clearInterval(heartbeat)
  }
  return jobById(db, jobId)!
}

function jobContext(engine: Engine, job: JobRow, progress: Progress, signal: AbortSignal): JobContext {
  const remote = (job.remote_id && remoteById(engine.db, job.remote_id)) || fail('The remote of this job was removed')
  const token = secretsOf(engine.db, engine.dataDir).get(remote.name)
  const client = new RemoteCkan({ ...clientOptions.get(engine.db), url: remote.url, token, signal })
  const caller = job.user_id ? engine.asUser(job.user_id) : fail('A sync job needs a local user')
  return { engine, job, params: JSON.parse(job.params), remote, client, caller, progress, signal }
}

/** One readable line for a failed job: CKAN error bodies and transport errors carry no secrets. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

function fail(message: string): never {
  throw new Error(message)
}
