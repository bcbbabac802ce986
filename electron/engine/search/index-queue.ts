/**
 * The search index catches up in batches. A dataset write only queues the
 * dataset's id (in the same transaction, so the queue never misses a commit);
 * the queued datasets are indexed together, from what is stored then, before
 * any search reads the index, once enough are queued, or when the process is
 * idle. One batch of many documents costs far less than as many single-document
 * transactions: the index's b-trees and FTS5 segments are written once.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import type { Engine } from '../engine.ts'
import type { PackageRow } from '../packages/store.ts'
import { systemContext } from '../users/system-context.ts'
import { buildDocument } from './document.ts'
import { batchLookups, databaseLookups } from './document-lookups.ts'
import { liveTables, rebuildTables } from './index-tables.ts'
import { shownForIndex } from './shown-for-index.ts'
import { removeDocument, writeBatch } from './write-document.ts'

/** Datasets indexed per transaction while catching up. */
const batchSize = 1000

/** Below this many, reading each dataset's groups directly beats preloading every group. */
const preloadFrom = 50

/**
 * Datasets queued through each connection since its index last caught up.
 * The engine reads this after every write to decide whether a batch is due;
 * counting the queue table there cost a read of its own (~20 µs) per write.
 */
const queuedHere = new WeakMap<Sqlite, number>()

/** Queues a dataset to be (re)indexed, or removed from the index when it is gone by then. */
export function queueForIndex(db: Sqlite, packageId: string): void {
  sql(db, 'INSERT OR IGNORE INTO search_queue (package_id) VALUES (?)').run(packageId)
  queuedHere.set(db, (queuedHere.get(db) ?? 0) + 1)
}

/**
 * About how many datasets this connection queued since the index last caught
 * up: writes later rolled back count too (they only bring a batch forward);
 * other processes' writes do not (the next search or idle moment takes them).
 */
export function queuedHereSinceCatchUp(db: Sqlite): number {
  return queuedHere.get(db) ?? 0
}

/** How many datasets wait to be indexed. */
export function queuedForIndex(db: Sqlite): number {
  return sql(db, 'SELECT count(*) FROM search_queue').pluck().get() as number
}

/**
 * Indexes every queued dataset, `batchSize` per transaction (a savepoint of
 * the transaction already open, if any, so a failure leaves no half-written
 * entry); returns how many it indexed. A batch that fails for any reason but
 * a busy database is retried one dataset at a time, and a dataset that cannot
 * be indexed leaves the queue with an error logged: one bad dict must never
 * hold back every later search.
 */
export function catchUpIndex(engine: Engine): number {
  const { db } = engine
  let done = 0
  for (;;) {
    const ids = sql(db, 'SELECT package_id FROM search_queue LIMIT ?').pluck().all(batchSize) as string[]
    if (ids.length === 0) {
      queuedHere.set(db, 0)
      return done
    }
    try {
      db.transaction(() => indexQueued(engine, ids)).immediate()
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_BUSY') throw error
      for (const id of ids) indexAlone(engine, id)
    }
    done += ids.length
    if (ids.length < batchSize) {
      queuedHere.set(db, 0)
      return done
    }
  }
}

function indexAlone(engine: Engine, id: string): void {
  const { db } = engine
  try {
    db.transaction(() => indexQueued(engine, [id])).immediate()
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw error
    console.error(`shelfmark: dataset ${id} could not be indexed for search:`, error)
    sql(db, 'DELETE FROM search_queue WHERE package_id = ?').run(id)
  }
}

/** Writes the index entries of `ids` (queued datasets) and takes them off the queue. */
function indexQueued(engine: Engine, ids: string[]): void {
  const { db } = engine
  const idList = JSON.stringify(ids)
  // In creation order, as a rebuild writes them: entries of new datasets keep that order.
  const rows = sql(db, 'SELECT * FROM packages WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid').all(idList) as PackageRow[]
  const lookups = ids.length < preloadFrom ? databaseLookups(db) : batchLookups(db, ids)
  const reader = systemContext(engine)
  const docs = rows.map((row) => buildDocument(lookups, shownForIndex(reader, row)))
  const present = new Set(rows.map((row) => row.id))
  const purged = ids.filter((id) => !present.has(id))
  const staging = rebuildTables(db)
  for (const tables of staging ? [liveTables, staging] : [liveTables]) {
    for (const id of purged) removeDocument(db, tables, id)
    writeBatch(db, tables, docs)
  }
  sql(db, 'DELETE FROM search_queue WHERE package_id IN (SELECT value FROM json_each(?))').run(idList)
}
