/**
 * One transaction wrapper per connection. better-sqlite3's db.transaction(fn)
 * builds five wrapper functions on every call (about 8 µs), which a read of
 * 40 µs or a loaded record's savepoint should not pay each time.
 */
import type { Sqlite, WorkInTransaction } from './open.ts'
import { sql } from './statements.ts'

const wrappers = new WeakMap<Sqlite, WorkInTransaction>()

/** The connection's wrapper: `.deferred(work)`, `.immediate(work)`, or called plainly (a savepoint when a transaction is open). */
export function transactionWrapper(db: Sqlite): WorkInTransaction {
  let wrapper = wrappers.get(db)
  if (!wrapper) wrappers.set(db, (wrapper = db.transaction((work: () => unknown) => work())))
  return wrapper
}

/** Runs `work` in a savepoint of the transaction open on `db` (else a transaction of its own): a failure undoes only its changes. */
export function inSavepoint<T>(db: Sqlite, work: () => T): T {
  return transactionWrapper(db)(work) as T
}

/**
 * Runs `work` in a write transaction that locks the catalog file alone.
 * better-sqlite3's `.immediate()` locks every attached file, the search index
 * (search/index-file.ts) included, and the index thread would wait for the
 * whole transaction; a write that changes nothing takes the catalog's lock
 * up front just the same, so two processes never deadlock upgrading a read
 * lock.
 */
export function inCatalogWriteTransaction<T>(db: Sqlite, work: () => T): T {
  return transactionWrapper(db).deferred(() => {
    sql(db, 'UPDATE main.settings SET value = value WHERE 0').run()
    return work()
  }) as T
}
