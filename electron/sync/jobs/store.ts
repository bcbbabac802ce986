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

/** Inserts a queued job; returns its id. Runs inside the starting action's transaction. */
export function createJob(db: Sqlite, job: { kind: JobKind; remoteId: string; userId: string | null; params: Record<string, unknown> }): string {
  const id = newId()
  const now = ckanNow()
  sql(
    db,
    `INSERT INTO sync_jobs (id, kind, remote_id, user_id, params, state, created, updated)
     VALUES (?, ?, ?, ?, ?, 'queued', ?, ?)`,
  ).run(id, job.kind, job.remoteId, job.userId, JSON.stringify(job.params), now, now)
  return id
}

/** The job with this id, or undefined. */
export function jobById(db: Sqlite, id: string): JobRow | undefined {
  return sql(db, 'SELECT * FROM sync_jobs WHERE id = ?').get(id) as JobRow | undefined
}

/**
 * Takes a job for this process: queued, interrupted, or running in a process
 * that stopped beating. Atomic, so two processes never run one job.
 */
export function claimJob(db: Sqlite, id: string): boolean {
  const now = ckanNow()
  const staleBefore = new Date(Date.now() - staleAfterMs).toISOString().slice(0, 23)
  const taken = sql(
    db,
    `UPDATE sync_jobs SET state = 'running', runner = ?, started = coalesce(started, ?), updated = ?, error = NULL,
       cancel_requested = 0
     WHERE id = ? AND (state IN ('queued', 'interrupted') OR (state = 'running' AND (updated < ? OR runner = ?)))`,
  ).run(thisRunner, now, now, id, staleBefore, thisRunner)
  return taken.changes === 1
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
  sql(db, 'UPDATE sync_jobs SET state = ?, result = ?, error = ?, finished = ?, updated = ? WHERE id = ?').run(
    state,
    outcome.result === undefined ? null : JSON.stringify(outcome.result),
    outcome.error ?? null,
    now,
    now,
    id,
  )
}

/** Asks the runner to stop at its next step; a job not yet running is cancelled at once. */
export function requestCancel(db: Sqlite, id: string): void {
  sql(db, 'UPDATE sync_jobs SET cancel_requested = 1 WHERE id = ?').run(id)
  sql(db, "UPDATE sync_jobs SET state = 'cancelled', finished = ?, updated = ? WHERE id = ? AND state IN ('queued', 'interrupted')").run(ckanNow(), ckanNow(), id)
}

/** True when someone asked this job to stop. */
export function isCancelRequested(db: Sqlite, id: string): boolean {
  return (sql(db, 'SELECT cancel_requested FROM sync_jobs WHERE id = ?').get(id) as { cancel_requested: number } | undefined)?.cancel_requested === 1
}

/** The state to show: a running job whose runner went silent is "interrupted" (it can be resumed). */
export function effectiveState(job: JobRow, now = Date.now()): JobState {
  if (job.state !== 'running') return job.state
  return now - parseCkanTime(job.updated) > staleAfterMs && job.runner !== thisRunner ? 'interrupted' : 'running'
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
