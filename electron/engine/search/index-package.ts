/**
 * Keeps the search index in step with the catalog: called by the package
 * store inside the same transaction as every dataset write.
 *
 * The search issue (#3) fills these in; until then the index is empty.
 */
import type { Sqlite } from '../db/open.ts'

/** (Re)indexes one dataset from its stored package_show dict. */
export function indexPackage(db: Sqlite, dict: Record<string, unknown>): void {
  void db
  void dict
}

/** Removes a dataset from the index (purge). */
export function unindexPackage(db: Sqlite, id: string): void {
  void db
  void id
}
