/**
 * Values read from the database, reused by later reads that see the same
 * committed state: a token's user, an organization's dict. Each read-only
 * action's transaction is stamped with that state (withReadStamp); the stamp
 * changes whenever anyone commits: another connection or process (PRAGMA
 * data_version) or this connection (total_changes(), which also counts
 * changes later rolled back, so it only errs towards reading again).
 * Outside a stamped read (in a write, whose changes may still roll back)
 * nothing is reused or kept.
 */
import type { Sqlite } from './open.ts'
import { sql } from './statements.ts'

const stamps = new WeakMap<Sqlite, string>()

/** Runs `work`, a read inside a read-only transaction already begun on `db`, stamped with the state it sees. */
export function withReadStamp<T>(db: Sqlite, work: () => T): T {
  // The first statement of the transaction: it also takes the snapshot the stamp describes.
  const otherCommits = sql(db, 'PRAGMA data_version').pluck().get() as number
  const ownChanges = sql(db, 'SELECT total_changes()').pluck().get() as number
  stamps.set(db, `${otherCommits} ${ownChanges}`)
  try {
    return work()
  } finally {
    stamps.delete(db)
  }
}

/** One kind of memoized value, per database connection. Values are shared: keep them immutable. */
export class ReadMemo<V> {
  private readonly byDatabase = new WeakMap<Sqlite, { stamp: string; values: Map<string, V> }>()

  constructor(private readonly limit: number) {}

  /** The value read by `read` for `key`, or the one read earlier in the same committed state. */
  get(db: Sqlite, key: string, read: () => V): V {
    const stamp = stamps.get(db)
    if (stamp === undefined) return read()
    let memo = this.byDatabase.get(db)
    if (memo?.stamp !== stamp) this.byDatabase.set(db, (memo = { stamp, values: new Map() }))
    if (memo.values.has(key)) return memo.values.get(key) as V
    const value = read()
    if (memo.values.size >= this.limit) memo.values.clear()
    memo.values.set(key, value)
    return value
  }
}
