/**
 * Keeps the search index in step with the catalog: called by the package
 * store (and membership changes) inside the same transaction as every
 * dataset write, so the index never disagrees with what was committed.
 */
import type { Sqlite } from '../db/open.ts'
import { buildDocument } from './document.ts'
import { databaseLookups } from './document-lookups.ts'
import { liveTables, rebuildTables } from './index-tables.ts'
import { removeDocument, writeDocument } from './write-document.ts'

/** (Re)indexes one dataset from its package_show dict (or the stored dict). */
export function indexPackage(db: Sqlite, dict: Record<string, unknown>): void {
  if (typeof dict.id !== 'string' || !dict.id) return
  const doc = buildDocument(databaseLookups(db), dict)
  writeDocument(db, liveTables, doc)
  const staging = rebuildTables(db)
  if (staging) writeDocument(db, staging, doc)
}

/** Removes a dataset from the index (purge). */
export function unindexPackage(db: Sqlite, id: string): void {
  removeDocument(db, liveTables, id)
  const staging = rebuildTables(db)
  if (staging) removeDocument(db, staging, id)
}
