/**
 * Prepared statements for SQL built per query (conditions, sort orders):
 * compiled once and kept in a small cache per database, so repeated searches
 * skip the compiler, while endless variants cannot grow memory without bound.
 */
import type { Statement } from 'better-sqlite3'
import type { Sqlite } from '../db/open.ts'

const capacity = 256
const caches = new WeakMap<Sqlite, Map<string, Statement>>()

/** The prepared statement for `text`, from the cache when it was used recently. */
export function prepareQuery(db: Sqlite, text: string): Statement {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  let statement = cache.get(text)
  if (statement) {
    cache.delete(text) // re-inserted below: most recently used last
  } else {
    statement = db.prepare(text)
    if (cache.size >= capacity) cache.delete(cache.keys().next().value as string)
  }
  cache.set(text, statement)
  return statement
}
