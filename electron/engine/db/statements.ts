/**
 * Prepared statements, compiled once per database and reused: preparing costs
 * more than running most of our queries.
 */
import type { Statement } from 'better-sqlite3'
import type { Sqlite } from './open.ts'

const caches = new WeakMap<Sqlite, Map<string, Statement>>()

/** The prepared statement for `sql` on `db`, compiled on first use. */
export function sql(db: Sqlite, text: string): Statement {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  let statement = cache.get(text)
  if (!statement) cache.set(text, (statement = db.prepare(text)))
  return statement
}
