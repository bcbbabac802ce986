/**
 * The index thread: its own connection to the catalog (read only here) with
 * the index file attached, catching the index up whenever the main thread
 * reports a committed write. The catalog's writer never waits for it: it
 * reads the catalog through WAL snapshots and writes only the index file.
 */
import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'
import { workerData } from 'node:worker_threads'
import type { EngineConfig } from '../config.ts'
import { connectDatabase } from '../db/open.ts'
import { attachIndexFile } from './index-file.ts'
import { catchUpIndex, isBusy } from './index-queue.ts'
import { slot, type IndexThreadData } from './index-thread-state.ts'

const data = workerData as IndexThreadData
const state = new Int32Array(data.state)
runAtLowPriority()

// Running from here on, unless the engine closed while this thread was starting: then it opens nothing.
Atomics.store(state, slot.running, 1)
try {
  if (Atomics.load(state, slot.closing) === 0) indexUntilClosed()
} finally {
  // Also when opening failed (the error then ends the thread): close must not wait for it.
  Atomics.store(state, slot.running, 2)
  Atomics.notify(state, slot.running)
}

function indexUntilClosed(): void {
  const db = connectDatabase(data.catalogFile)
  try {
    // This connection commits to the index file alone, and checkpoints its WAL as it does: every
    // 10,000 pages, since a batch rewrites the same hot pages.
    db.pragma('wal_autocheckpoint = 10000')
    // The engine that started this thread has checked the file already (attachSearchIndex).
    attachIndexFile(db, data.indexFile)
    const source = { db, config: data.config as EngineConfig, dataDir: data.dataDir }
    let seen = 0
    while (Atomics.load(state, slot.closing) === 0) {
      const writes = Atomics.load(state, slot.writes)
      if (writes === seen) {
        Atomics.wait(state, slot.writes, seen)
        continue
      }
      seen = writes
      // Writes come in bursts: waiting a moment lets one index transaction take many of them.
      Atomics.wait(state, slot.closing, 0, data.gatherMs)
      try {
        catchUpIndex(source)
      } catch (error) {
        // Busy: the main thread (a search, a rebuild) holds the index; it catches up what it reads.
        if (!isBusy(error)) console.error('shelfmark: search indexing failed on the index thread:', error)
      }
    }
  } finally {
    db.close()
  }
}

/**
 * Indexing is background work: when both cores are busy (a load writing on
 * the main thread), the catalog's writes and the requests come first. A 10k
 * load, first in a process: 4,770-4,860/s at nice 5, 4,450-4,550/s at the
 * same priority. Linux sets a nice value per thread, and /proc/thread-self
 * names this one; elsewhere the thread keeps the process's priority.
 */
function runAtLowPriority(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop())
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, 5)
  } catch {
    // Not Linux, or not allowed: the same priority as the main thread.
  }
}
