/**
 * Many rows into one table with multi-row INSERT statements: one statement
 * run per chunk of rows instead of one per row. Each run costs a call into
 * SQLite and a pass through its VDBE setup; a search-index batch writes about
 * 30 rows per dataset this way.
 */
import type { Sqlite } from './open.ts'
import { sql } from './statements.ts'

/** Rows per statement: 64 rows of up to 14 values (an FTS5 row) stay far below SQLite's limit of 32,766 bound values. */
const rowsPerStatement = 64

/**
 * Runs `insert` (e.g. `INSERT OR IGNORE INTO t (a, b)`) for every row of
 * `values`, a flat list holding `columns` values per row, in order; `upsert`
 * (an `ON CONFLICT` clause) follows the rows. SQLite applies a multi-row
 * statement row by row, so a later row may conflict with an earlier one.
 */
export function insertMany(db: Sqlite, insert: string, columns: number, values: unknown[], upsert = ''): void {
  const rowCount = values.length / columns
  const row = `(${Array.from({ length: columns }, () => '?').join(', ')})`
  for (let first = 0; first < rowCount; first += rowsPerStatement) {
    const count = Math.min(rowsPerStatement, rowCount - first)
    const statement = sql(db, `${insert} VALUES ${Array.from({ length: count }, () => row).join(', ')} ${upsert}`)
    statement.run(values.slice(first * columns, (first + count) * columns))
  }
}
