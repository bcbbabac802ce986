/**
 * The search index's own database file, attached to each catalog connection
 * as schema `search`: the index tables' names are unique, so every query
 * names them without the schema. In a file of its own the index can be
 * written by another connection (the index thread, index-worker.ts) while
 * this one writes the catalog; SQLite allows one writer per file.
 *
 * Each index transaction takes the index file's write lock first and only
 * then reads the catalog, so what it reads is never older than what the
 * index already holds. The index records the last queue number it holds
 * (`through`); the queue (in the catalog) keeps each dataset's latest number.
 */
import { readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { transactionWrapper } from '../db/transaction-wrapper.ts'

/** The index file's name in a data directory. */
export const indexFileName = 'search-index.sqlite'

/** The schema name the index file is attached under. */
const schema = 'search'

const schemaFile = join(dirname(fileURLToPath(import.meta.url)), 'index-schema.sql')

/** The index file's DDL (search/index-schema.sql). */
export function indexSchemaSql(): string {
  return readFileSync(schemaFile, 'utf8')
}

/** DDL with every table and index it creates placed in the index file rather than the catalog. */
export function inIndexFile(ddl: string): string {
  return ddl
    .replace(/CREATE (VIRTUAL )?TABLE (?!search\.)/g, `CREATE $1TABLE ${schema}.`)
    .replace(/CREATE INDEX (?!search\.)/g, `CREATE INDEX ${schema}.`)
}

/** The shape of index-schema.sql: an index file of another shape is emptied and filled again. */
const schemaVersion = 1

/**
 * Attaches the index file (`:memory:` for an in-memory catalog) and, when it
 * is new, of another shape, built from another catalog, or holds more than
 * this catalog ever queued (a catalog restored from an older copy), empties
 * it: the queue holds every dataset, so the index fills again from it. A
 * file SQLite cannot read at all is replaced: nothing in it is not in the
 * catalog.
 */
export function attachSearchIndex(db: Sqlite, file: string): void {
  try {
    attachAndCheck(db, file)
  } catch (error) {
    const code = String((error as { code?: string }).code)
    if (file === ':memory:' || (code !== 'SQLITE_NOTADB' && code !== 'SQLITE_CORRUPT')) throw error
    console.error(`shelfmark: the search index file could not be read (${code}); it is rebuilt from the catalog`)
    if (db.inTransaction) db.exec('ROLLBACK')
    const attached = (db.pragma('database_list') as { name: string }[]).some((entry) => entry.name === schema)
    if (attached) sql(db, `DETACH DATABASE ${schema}`).run()
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
    attachAndCheck(db, file)
  }
}

/** Attaches the index file as schema `search`, with the catalog's settings; checks nothing. */
export function attachIndexFile(db: Sqlite, file: string): void {
  sql(db, `ATTACH DATABASE ? AS ${schema}`).run(file)
  if (file !== ':memory:') {
    db.pragma(`${schema}.journal_mode = WAL`)
    db.pragma(`${schema}.synchronous = NORMAL`)
    db.pragma(`${schema}.mmap_size = 2147418112`)
  }
  // As the catalog's (db/open.ts): an attached file otherwise gets SQLite's default of 2 MB.
  db.pragma(`${schema}.cache_size = -65536`)
  db.pragma(`${schema}.journal_size_limit = 268435456`)
}

function attachAndCheck(db: Sqlite, file: string): void {
  attachIndexFile(db, file)
  db.transaction(() => {
    const store = sql(db, "SELECT value FROM main.settings WHERE key = 'search.store_id'").pluck().get() as string
    const hasSchema = sql(db, `SELECT count(*) FROM ${schema}.sqlite_master WHERE name = 'search_state'`).pluck().get() === 1
    if (hasSchema && readState(db, 'schema') === schemaVersion && readState(db, 'store') === store && throughSeq(db) <= lastQueued(db)) return
    emptyIndexFile(db)
    db.exec(inIndexFile(indexSchemaSql()))
    writeState(db, 'schema', schemaVersion)
    writeState(db, 'store', store)
    writeState(db, 'through', 0)
  }).immediate()
}

function emptyIndexFile(db: Sqlite): void {
  const objects = sql(db, `SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[]
  // Vocabulary tables first (they read the FTS tables they name); an FTS table takes its shadow tables with it.
  for (const name of objects.sort((a, b) => Number(b.endsWith('_vocab')) - Number(a.endsWith('_vocab')))) {
    db.exec(`DROP TABLE IF EXISTS ${schema}."${name}"`)
  }
}

/** The last queue number the index holds. */
export function throughSeq(db: Sqlite): number {
  return Number(readState(db, 'through') ?? 0)
}

/** Records that the index holds every dataset queued up to `seq`. */
export function setThroughSeq(db: Sqlite, seq: number): void {
  writeState(db, 'through', seq)
}

/** The highest queue number this catalog handed out (queue rows are never deleted). */
function lastQueued(db: Sqlite): number {
  return (sql(db, 'SELECT max(seq) FROM main.search_queue').pluck().get() as number | null) ?? 0
}

/** A value of the index's bookkeeping (search_state), or undefined. */
export function readState(db: Sqlite, key: string): unknown {
  return sql(db, 'SELECT value FROM search_state WHERE key = ?').pluck().get(key)
}

/** Sets a value of the index's bookkeeping, in the index transaction open. */
export function writeState(db: Sqlite, key: string, value: unknown): void {
  sql(db, 'INSERT OR REPLACE INTO search_state (key, value) VALUES (?, ?)').run(key, value)
}

/** Removes a value of the index's bookkeeping, in the index transaction open. */
export function deleteState(db: Sqlite, key: string): void {
  sql(db, 'DELETE FROM search_state WHERE key = ?').run(key)
}

/**
 * Runs `work` in a transaction that write-locks the index file alone (a
 * savepoint when a transaction is open): better-sqlite3's `.immediate()`
 * would lock the catalog too, and hold up its writers for the whole batch.
 */
export function inIndexTransaction<T>(db: Sqlite, work: () => T): T {
  const wrapper = transactionWrapper(db)
  const locked = () => {
    // A write that changes nothing still takes the file's write lock, and only that file's.
    sql(db, 'UPDATE search_state SET value = value WHERE 0').run()
    return work()
  }
  return (db.inTransaction ? wrapper(locked) : wrapper.deferred(locked)) as T
}
