/**
 * Runs the search index's catching up on a thread of its own (index-worker.ts),
 * so a load or a run of creates writes the catalog on one core while the
 * index is written on the other. Searches still catch up whatever is left
 * before they read, on the calling thread; the thread only takes that work
 * off them. If it cannot start or fails, the engine indexes as it did
 * without it.
 */
import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { waitForSlot } from '../db/wait-for-slot.ts'
import { slot, type IndexThreadData } from './index-thread-state.ts'

/** How long close waits for the thread (an index batch under way finishes first). */
const closeWaitMs = 10_000

/** The desktop app's bundle holds index-worker.js beside main.js; the sources start through the tsx entry. */
function workerUrl(): URL {
  const bundled = new URL('./index-worker.js', import.meta.url)
  if (import.meta.url.endsWith('.js') && existsSync(bundled)) return bundled
  return new URL('./index-worker-entry.mjs', import.meta.url)
}

export class IndexThread {
  private worker: Worker | null
  private readonly state = new Int32Array(new SharedArrayBuffer(3 * 4))

  constructor(options: Omit<IndexThreadData, 'state' | 'binding' | 'gatherMs'> & { gatherMs?: number }) {
    // One write reported from the start: what is queued already (a catalog just migrated, another
    // process's writes) is indexed as soon as the thread runs, not at the first write.
    Atomics.store(this.state, slot.writes, 1)
    const workerData: IndexThreadData = {
      ...options,
      binding: process.env.SHELFMARK_SQLITE_BINDING,
      gatherMs: options.gatherMs ?? 20,
      state: this.state.buffer as SharedArrayBuffer,
    }
    this.worker = new Worker(workerUrl(), { workerData })
    this.worker.unref()
    this.worker.on('error', (error) => {
      console.error('shelfmark: the search index thread stopped; searches index what they read:', error)
      this.worker = null
    })
  }

  /** Whether the thread runs (else the engine catches up itself). */
  get alive(): boolean {
    return this.worker !== null
  }

  /** Tells the thread a write committed. */
  poke(): void {
    Atomics.add(this.state, slot.writes, 1)
    Atomics.notify(this.state, slot.writes)
  }

  /**
   * Has the thread close its connection and waits (a bounded while) until
   * it has, so that no connection of this process holds the files once the
   * engine is closed.
   */
  close(): void {
    const worker = this.worker
    this.worker = null
    if (!worker) return
    worker.removeAllListeners('error').on('error', () => {})
    Atomics.store(this.state, slot.closing, 1)
    Atomics.notify(this.state, slot.closing)
    Atomics.add(this.state, slot.writes, 1)
    Atomics.notify(this.state, slot.writes)
    // A thread still starting (loading its modules) holds no connection yet and ends on its own.
    if (Atomics.load(this.state, slot.running) === 0) return
    waitForSlot(this.state, slot.running, 2, closeWaitMs)
  }
}
