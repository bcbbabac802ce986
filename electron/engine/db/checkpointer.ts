/**
 * Checkpoints the WAL on a worker thread. A checkpoint copies the pages the
 * WAL holds into the database file and syncs it; done by the connection that
 * writes, it stalls that write (and, in the desktop app, the main process)
 * for as long as the copy and the fsyncs take. The worker, with its own
 * connection, copies in the background while writes go on; the writing
 * connection's own autocheckpoint (db/open.ts) stays as the bound on the
 * WAL's size and then finds little left to copy.
 *
 * It starts with the first burst of writes, and any failure merely stops it:
 * the writing connection checkpoints as before.
 */
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { waitForSlot } from './wait-for-slot.ts'

/** The worker's code (plain CommonJS, so no build step or loader is involved). */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file, workerData.binding ? { nativeBinding: workerData.binding } : {})
db.pragma('busy_timeout = 0')
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)')
const state = new Int32Array(workerData.state)
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close()
    Atomics.store(state, 0, 2)
    Atomics.notify(state, 0)
    parentPort.close()
    return
  }
  try {
    checkpoint.get()
  } catch {
    // Busy (another checkpoint runs): the next request tries again.
  }
  Atomics.store(state, 0, 0)
})
`

/** Commits between two checkpoint requests (measured at 10k datasets: 256 beat 32, which copies hot pages over and over). */
const commitsPerRequest = 256

/**
 * Or this long, whatever the count: a load or a pull commits hundreds of
 * datasets at a time, a few commits a second, and waiting for 256 of them
 * left the whole WAL (up to the writer's autocheckpoint) to be copied by the
 * writer itself: in a 10,000-dataset pull the main thread's page reads went
 * from about 82,000 to 40,000 with this rule.
 */
const msPerRequest = 1000

/** How long close waits for the worker (a checkpoint under way finishes first; one takes milliseconds). */
const closeWaitMs = 5000

/** Asks a worker thread to checkpoint the WAL of one database file as writes go on. */
export class Checkpointer {
  private worker: Worker | null = null
  private failed = false
  private commitsSinceRequest = 0
  private lastRequest = Date.now()
  /** 1 while the worker is checkpointing, 2 once it closed its connection: read without waiting for the event loop, which a long burst of writes never yields. */
  private readonly state = new Int32Array(new SharedArrayBuffer(4))

  constructor(private readonly file: string) {}

  /** Called after each committed write: now and then, asks for a checkpoint unless one is running. */
  afterCommit(): void {
    if (this.failed) return
    const now = Date.now()
    if (++this.commitsSinceRequest < commitsPerRequest && now - this.lastRequest < msPerRequest) return
    if (Atomics.compareExchange(this.state, 0, 0, 1) !== 0) return
    this.commitsSinceRequest = 0
    this.lastRequest = now
    try {
      this.ensureWorker().postMessage('checkpoint')
    } catch (error) {
      this.stop(error)
    }
  }

  /**
   * Has the worker close its connection, and waits (a bounded while) until it
   * has: once the engine is closed, no connection of this process holds the
   * file, so the data directory can be moved or deleted at once (a worker
   * still closing used to leave files behind a directory being removed).
   */
  close(): void {
    this.failed = true
    const worker = this.worker
    this.worker = null
    if (!worker) return
    worker.removeAllListeners('error').on('error', () => {})
    worker.postMessage('close')
    waitForSlot(this.state, 0, 2, closeWaitMs)
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: {
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
        file: this.file,
        binding: process.env.SHELFMARK_SQLITE_BINDING,
        state: this.state.buffer,
      },
    })
    worker.unref()
    worker.on('error', (error) => this.stop(error))
    this.worker = worker
    return worker
  }

  private stop(error: unknown): void {
    if (this.failed) return
    this.failed = true
    this.worker = null
    console.error('shelfmark: background checkpoints stopped; the catalog checkpoints as it writes instead:', error)
  }
}
