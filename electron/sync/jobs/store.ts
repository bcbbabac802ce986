/**
 * The sync_jobs table: a job's row, its public dict, and the few atomic
 * state changes (claim, finish, cancel) runners rely on.
 */
import { hostname } from 'node:os'
import type { Sqlite } from '../../engine/db/open.ts'
import { sql } from '../../engine/db/statements.ts'
import { ckanNow, newId, parseCkanTime } from '../../engine/time.ts'

export type JobKind = 'check' | 'pull' | 'push'
export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'interrupted'

/** A row of sync_jobs. */
export type JobRow = {
  id: string
  kind: JobKind
  remote_id: string | null
  user_id: string | null
  params: string
  state: JobState
  phase: string | null
  done: number
  total: number | null
  bytes_done: number
  bytes_total: number | null
  message: string | null
  result: string | null
  error: string | null
  runner: string | null
  cancel_requested: number
  created: string
  started: string | null
  updated: string
  finished: string | null
}

/** A running job whose heartbeat is older than this is taken as interrupted (its process died). */
export const staleAfterMs = 30_000

/** This process, as recorded in `runner`. */
export const thisRunner = `${process.pid}@${hostname()}`

/** Inserts a queued job (its runner, until claimed, is the process that queued it); returns its id. Runs inside the starting action's transaction. */
export function createJob(db: Sqlite, job: { kind: JobKind; remoteId: string; userId: string | null; params: Record<string, unknown> }): string {
  const id = newId()
  const now = ckanNow()
  sql(
    db,
    `INSERT INTO sync_jobs (id, kind, remote_id, user_id, params, state, runner, created, updated)
     VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?)`,
  ).run(id, job.kind, job.remoteId, job.userId, JSON.stringify(job.params), thisRunner, now, now)
  return id
}

/** The job with this id, or undefined. */
export function jobById(db: Sqlite, id: string): JobRow | undefined {
  return sql(db, 'SELECT * FROM sync_jobs WHERE id = ?').get(id) as JobRow | undefined
}

/**
 * Takes a job for this process: queued, interrupted, or running in a process
 * that died or stopped beating. A compare-and-set on the row as read, so two
 * processes never run one job.
 */
export function claimJob(db: Sqlite, id: string): boolean {
  const job = jobById(db, id)
  if (!job) return false
  const claimable = job.state === 'queued' || job.state === 'interrupted' || (job.state === 'running' && (job.runner === thisRunner || effectiveState(job) === 'interrupted'))
  if (!claimable) return false
  const now = ckanNow()
  const taken = sql(
    db,
    `UPDATE sync_jobs SET state = 'running', runner = ?, started = coalesce(started, ?), updated = ?, error = NULL,
       finished = NULL, cancel_requested = 0
     WHERE id = ? AND state = ? AND updated = ? AND runner IS ?`,
  ).run(thisRunner, now, now, id, job.state, job.updated, job.runner)
  return taken.changes === 1
}

/**
 * True when `runner` ("pid@host") was a process on this machine that no
 * longer exists: its jobs need not wait out the heartbeat to be resumed.
 */
export function runnerIsGone(runner: string | null): boolean {
  if (!runner || runner === thisRunner) return false
  const at = runner.indexOf('@')
  if (runner.slice(at + 1) !== hostname()) return false
  const pid = Number(runner.slice(0, at))
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/** Writes progress fields and beats the heartbeat. */
export function updateJob(db: Sqlite, id: string, patch: Partial<Pick<JobRow, 'phase' | 'done' | 'total' | 'bytes_done' | 'bytes_total' | 'message'>>): void {
  const keys = Object.keys(patch) as (keyof typeof patch)[]
  const sets = keys.map((key) => `${key} = ?`).concat('updated = ?')
  sql(db, `UPDATE sync_jobs SET ${sets.join(', ')} WHERE id = ?`).run(...keys.map((key) => patch[key] ?? null), ckanNow(), id)
}

/** Ends a job: done with its result, or failed/cancelled with a message. */
export function finishJob(db: Sqlite, id: string, state: 'done' | 'failed' | 'cancelled', outcome: { result?: unknown; error?: string }): void {
  const now = ckanNow()
  // A job that stops early keeps the checkpoint its result column holds (resume reads it).
  sql(db, 'UPDATE sync_jobs SET state = ?, result = coalesce(?, result), error = ?, finished = ?, updated = ? WHERE id = ?').run(
    state,
    outcome.result === undefined ? null : JSON.stringify(outcome.result),
    outcome.error ?? null,
    now,
    now,
    id,
  )
}

/** Asks the runner to stop at its next step; a job not yet running (or whose runner died) is cancelled at once. */
export function requestCancel(db: Sqlite, id: string): void {
  sql(db, 'UPDATE sync_jobs SET cancel_requested = 1 WHERE id = ?').run(id)
  const job = jobById(db, id)
  if (job && effectiveState(job) === 'interrupted') {
    sql(db, "UPDATE sync_jobs SET state = 'cancelled', finished = ?, updated = ? WHERE id = ? AND state = ?").run(ckanNow(), ckanNow(), id, job.state)
  }
  sql(db, "UPDATE sync_jobs SET state = 'cancelled', finished = ?, updated = ? WHERE id = ? AND state IN ('queued', 'interrupted')").run(ckanNow(), ckanNow(), id)
}

/** True when someone asked this job to stop. */
export function isCancelRequested(db: Sqlite, id: string): boolean {
  return (sql(db, 'SELECT cancel_requested FROM sync_jobs WHERE id = ?').get(id) as { cancel_requested: number } | undefined)?.cancel_requested === 1
}

/**
 * The state to show: a running job whose runner died or went silent, or a
 * queued one whose process is gone, is "interrupted" (it can be resumed).
 */
export function effectiveState(job: JobRow, now = Date.now()): JobState {
  if (job.state === 'queued') {
    const orphaned = job.runner === null ? now - parseCkanTime(job.updated) > staleAfterMs : runnerIsGone(job.runner)
    return orphaned ? 'interrupted' : 'queued'
  }
  if (job.state !== 'running' || job.runner === thisRunner) return job.state
  return now - parseCkanTime(job.updated) > staleAfterMs || runnerIsGone(job.runner) ? 'interrupted' : 'running'
}

/** Records where a running job got to (its result column, until it finishes): a resumed job starts from there. */
export function saveCheckpoint(db: Sqlite, id: string, checkpoint: Record<string, unknown>): void {
  sql(db, 'UPDATE sync_jobs SET result = ? WHERE id = ?').run(JSON.stringify(checkpoint), id)
}

/** The checkpoint a job saved before it stopped, or undefined for a fresh job. */
export function checkpointOf(job: JobRow): Record<string, any> | undefined {
  return job.result ? JSON.parse(job.result) : undefined
}

/** A job as the API shows it. */
export function jobDict(job: JobRow, remoteName: string | null): Record<string, unknown> {
  return {
    id: job.id,
    kind: job.kind,
    remote: remoteName,
    params: JSON.parse(job.params),
    state: effectiveState(job),
    phase: job.phase,
    done: job.done,
    total: job.total,
    bytes_done: job.bytes_done,
    bytes_total: job.bytes_total,
    message: job.message,
    result: job.result ? JSON.parse(job.result) : null,
    error: job.error,
    created: job.created,
    started: job.started,
    updated: job.updated,
    finished: job.finished,
  }
}
