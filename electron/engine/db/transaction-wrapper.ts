/**
 * One transaction wrapper per connection. better-sqlite3's db.transaction(fn)
 * builds five wrapper functions on every call (about 8 µs), which a read of
 * 40 µs or a loaded record's savepoint should not pay each time.
 */
import type { Sqlite, WorkInTransaction } from './open.ts'

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
