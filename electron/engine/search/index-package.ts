/**
 * Keeps the search index in step with the catalog: every dataset write (and
 * membership change) calls these inside its transaction. They queue the
 * dataset (index-queue.ts); the index catches up before the next search reads
 * it, so a search never disagrees with what was committed.
 */
import type { Sqlite } from '../db/open.ts'
import { queueForIndex } from './index-queue.ts'

/** (Re)indexes one dataset, from what is stored for it when the index catches up. */
export function indexPackage(db: Sqlite, dict: Record<string, unknown>): void {
  if (typeof dict.id === 'string' && dict.id) queueForIndex(db, dict.id)
}

/** Removes a dataset from the index (purge): by then its row is gone. */
export function unindexPackage(db: Sqlite, id: string): void {
  queueForIndex(db, id)
}
