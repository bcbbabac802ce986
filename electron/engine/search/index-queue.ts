/**
 * The search index catches up in batches. A dataset write only queues the
 * dataset's id (in the same transaction, so the queue never misses a commit);
 * the queued datasets are indexed together, from what is stored then, before
 * any search reads the index, and meanwhile on the index thread
 * (index-worker.ts) or, without one, once enough are queued or when the
 * process is idle. One batch of many documents costs far less than as many
 * single-document transactions: the index's b-trees and FTS5 segments are
 * written once.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import type { Engine } from '../engine.ts'
import type { PackageRow } from '../packages/store.ts'
import { systemContext } from '../users/system-context.ts'
import { buildDocument } from './document.ts'
import { batchLookups, databaseLookups } from './document-lookups.ts'
import { inIndexTransaction, setThroughSeq, throughSeq } from './index-file.ts'
import { liveTables, rebuildTables } from './index-tables.ts'
import { shownForIndex } from './shown-for-index.ts'
import { removeDocument, writeBatch } from './write-document.ts'

/** Datasets indexed per transaction while catching up. */
const batchSize = 1000

/** Below this many, reading each dataset's groups directly beats preloading every group. */
const preloadFrom = 50

/**
 * Datasets ever queued through each connection (writes later rolled back
 * included): it only grows, so a change means new work. The engine reads it
 * after every write, to tell the index thread or to decide whether a batch is
 * due; counting the queue table there cost a read of its own (~20 µs) a write.
 */
const queuedEver = new WeakMap<Sqlite, number>()

/** queuedEver when each connection's index last caught up. */
const queuedAtCatchUp = new WeakMap<Sqlite, number>()

/** Queues a dataset to be (re)indexed, or removed from the index when it is gone by then. */
export function queueForIndex(db: Sqlite, packageId: string): void {
  // A new number each time: the index thread tells what it holds by the last number it indexed.
  sql(db, 'INSERT OR REPLACE INTO search_queue (package_id) VALUES (?)').run(packageId)
  queuedEver.set(db, queuedEverHere(db) + 1)
}

/** How many datasets this connection ever queued. */
export function queuedEverHere(db: Sqlite): number {
  return queuedEver.get(db) ?? 0
}

/**
 * About how many datasets this connection queued since the index last caught
 * up: writes later rolled back count too (they only bring a batch forward);
 * other processes' writes do not (the next search or idle moment takes them).
 */
export function queuedHereSinceCatchUp(db: Sqlite): number {
  return queuedEverHere(db) - (queuedAtCatchUp.get(db) ?? 0)
}

/** How many datasets wait to be indexed. */
export function queuedForIndex(db: Sqlite): number {
  return sql(db, 'SELECT count(*) FROM search_queue WHERE seq > ?').pluck().get(throughSeq(db)) as number
}

/** What indexing reads besides the connection: the settings upload URLs are made whole with. */
export type IndexSource = Pick<Engine, 'db' | 'config' | 'dataDir'>

type Queued = { seq: number; package_id: string }

/**
 * Indexes every queued dataset, `batchSize` per transaction (a savepoint of
 * the transaction already open, if any, so a failure leaves no half-written
 * entry); returns how many it indexed. A batch that fails for any reason but
 * a busy database is retried one dataset at a time, and a dataset that cannot
 * be indexed is passed over with an error logged: one bad dict must never
 * hold back every later search.
 */
export function catchUpIndex(source: IndexSource): number {
  const { db } = source
  let done = 0
  for (;;) {
    let count: number
    try {
      count = inIndexTransaction(db, () => indexNextBatch(source, batchSize))
    } catch (error) {
      if (isBusy(error)) throw error
      count = indexOneByOne(source, batchSize)
    }
    done += count
    if (count < batchSize) {
      queuedAtCatchUp.set(db, queuedEverHere(db))
      return done
    }
  }
}

/** SQLite's busy errors (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, ...): the database, not the data, is the trouble. */
export function isBusy(error: unknown): boolean {
  return String((error as { code?: string }).code ?? '').startsWith('SQLITE_BUSY')
}

/** The next `limit` queued datasets after what the index holds, oldest first. */
function nextQueued(db: Sqlite, limit: number): Queued[] {
  return sql(db, 'SELECT seq, package_id FROM search_queue WHERE seq > ? ORDER BY seq LIMIT ?').all(throughSeq(db), limit) as Queued[]
}

/** Indexes the next batch in the transaction open; returns its size. */
function indexNextBatch(source: IndexSource, limit: number): number {
  const queued = nextQueued(source.db, limit)
  if (queued.length === 0) return 0
  indexQueued(source, queued.map((entry) => entry.package_id))
  setThroughSeq(source.db, queued[queued.length - 1].seq)
  return queued.length
}

/** The next batch with each dataset in a transaction of its own, passing over any that fails. */
function indexOneByOne(source: IndexSource, limit: number): number {
  const { db } = source
  for (let n = 0; n < limit; n++) {
    try {
      if (inIndexTransaction(db, () => indexNextBatch(source, 1)) === 0) return n
    } catch (error) {
      if (isBusy(error)) throw error
      inIndexTransaction(db, () => {
        const [entry] = nextQueued(db, 1)
        console.error(`shelfmark: dataset ${entry.package_id} could not be indexed for search:`, error)
        setThroughSeq(db, entry.seq)
      })
    }
  }
  return limit
}

/** Writes the index entries of `ids` (queued datasets). */
function indexQueued(source: IndexSource, ids: string[]): void {
  const { db } = source
  const idList = JSON.stringify(ids)
  // In creation order, as a rebuild writes them: entries of new datasets keep that order.
  const rows = sql(db, 'SELECT * FROM packages WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid').all(idList) as PackageRow[]
  const lookups = ids.length < preloadFrom ? databaseLookups(db) : batchLookups(db, ids)
  const reader = systemContext(source)
  const docs = rows.map((row) => buildDocument(lookups, shownForIndex(reader, row)))
  const present = new Set(rows.map((row) => row.id))
  const purged = ids.filter((id) => !present.has(id))
  const staging = rebuildTables(db)
  for (const tables of staging ? [liveTables, staging] : [liveTables]) {
    for (const id of purged) removeDocument(db, tables, id)
    writeBatch(db, tables, docs)
  }
}
