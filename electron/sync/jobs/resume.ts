/**
 * Picking up jobs a process left unfinished. A server (the desktop app or
 * `shelfmark serve`) resumes every interrupted job when it starts, in the
 * background; the CLI's pull and push resume the last job with the same
 * remote and parameters when it stopped early (killed, failed, Ctrl+C),
 * instead of starting another.
 */
import type { Engine } from '../../engine/engine.ts'
import type { Sqlite } from '../../engine/db/open.ts'
import { sql } from '../../engine/db/statements.ts'
import { isForeground, runJob } from './runner.ts'
import { effectiveState, type JobKind, type JobRow } from './store.ts'

/** Unfinished jobs whose process is gone: interrupted, or running/queued under a dead or silent runner. */
export function interruptedJobs(db: Sqlite): JobRow[] {
  const rows = sql(db, "SELECT * FROM sync_jobs WHERE state IN ('queued', 'running', 'interrupted') ORDER BY created").all() as JobRow[]
  return rows.filter((job) => effectiveState(job) === 'interrupted')
}

/**
 * Resumes every interrupted job in the background (a server's start-up);
 * returns their ids. Engines in foreground mode (the CLI) resume nothing by
 * themselves.
 */
export function resumeInterruptedJobs(engine: Engine): string[] {
  if (isForeground(engine)) return []
  const ids = interruptedJobs(engine.db).map((job) => job.id)
  for (const id of ids) void runJob(engine, id).catch(() => {}) // the outcome is in the job row
  return ids
}

/**
 * The most recent job of `kind` on the remote with the same parameters, when
 * it stopped before its end (interrupted, failed or cancelled) and so can
 * carry on; undefined when the last such job finished or none exists.
 */
export function resumableJob(db: Sqlite, kind: JobKind, remoteId: string, params: Record<string, unknown>): JobRow | undefined {
  const wanted = canonical(params)
  const rows = sql(db, 'SELECT * FROM sync_jobs WHERE kind = ? AND remote_id = ? ORDER BY created DESC, rowid DESC LIMIT 50').all(kind, remoteId) as JobRow[]
  const last = rows.find((job) => canonical(JSON.parse(job.params)) === wanted)
  if (!last) return undefined
  return ['interrupted', 'failed', 'cancelled', 'running'].includes(effectiveState(last)) ? last : undefined
}

/** JSON with sorted keys, so parameter sets compare by content. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}
