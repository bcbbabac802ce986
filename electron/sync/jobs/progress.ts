/**
 * A job's progress as it runs: counted in memory, written to its row at most
 * a few times a second (which is also the heartbeat), and sent to in-process
 * listeners (the CLI's progress bar, the desktop app's IPC events).
 */
import { EventEmitter } from 'node:events'
import type { Sqlite } from '../../engine/db/open.ts'
import { isCancelRequested, updateJob } from './store.ts'

/** A snapshot of a job's progress. */
export type ProgressSnapshot = {
  jobId: string
  phase: string | null
  done: number
  total: number | null
  bytesDone: number
  bytesTotal: number | null
  message: string | null
}

/** Every job's progress in this process: `on('progress', (snapshot) => …)`. */
export const jobEvents = new EventEmitter()
jobEvents.setMaxListeners(0)

const writeEveryMs = 250

/** Counts a job's work and reports it. */
export class Progress {
  private snapshot: ProgressSnapshot
  private lastWrite = 0
  private lastCancelCheck = 0

  constructor(
    private readonly db: Sqlite,
    readonly jobId: string,
    private readonly listener?: (snapshot: ProgressSnapshot) => void,
  ) {
    this.snapshot = { jobId, phase: null, done: 0, total: null, bytesDone: 0, bytesTotal: null, message: null }
  }

  /** Starts a phase ("listing", "datasets", "files"), resetting the counters. */
  phase(name: string, total: number | null = null): void {
    this.snapshot = { ...this.snapshot, phase: name, done: 0, total, bytesDone: 0, bytesTotal: null }
    this.flush(true)
  }

  /** Sets the phase's total once known. */
  setTotal(total: number | null): void {
    this.snapshot.total = total
    this.flush(false)
  }

  /** Counts `n` more items done. */
  advance(n = 1): void {
    this.snapshot.done += n
    this.flush(false)
  }

  /** Reports bytes moved in the current transfer. */
  bytes(done: number, total: number | null): void {
    this.snapshot.bytesDone = done
    this.snapshot.bytesTotal = total
    this.flush(false)
  }

  /** A line for the user ("skipped 3 datasets: name taken"). */
  message(text: string): void {
    this.snapshot.message = text
    this.flush(true)
  }

  /** The current counters. */
  current(): ProgressSnapshot {
    return { ...this.snapshot }
  }

  /** True when the user asked the job to stop (checked against the row at most once a second). */
  isCancelled(): boolean {
    const now = Date.now()
    if (now - this.lastCancelCheck < 1000) return false
    this.lastCancelCheck = now
    return isCancelRequested(this.db, this.jobId)
  }

  /** Writes the counters now (at the end of a job). */
  flush(force: boolean): void {
    const now = Date.now()
    this.listener?.(this.current())
    jobEvents.emit('progress', this.current())
    if (!force && now - this.lastWrite < writeEveryMs) return
    this.lastWrite = now
    const s = this.snapshot
    updateJob(this.db, this.jobId, {
      phase: s.phase,
      done: s.done,
      total: s.total,
      bytes_done: s.bytesDone,
      bytes_total: s.bytesTotal,
      message: s.message,
    })
  }
}
