/**
 * Opens the catalog database: WAL, foreign keys, and the numbered migrations.
 */
import Database from 'better-sqlite3'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { registerPackJson } from './packed-json.ts'
import { registerTermFieldKey } from '../search/term-fields.ts'

export type Sqlite = Database.Database
/** A function that runs work in a transaction (better-sqlite3's db.transaction, made once). */
export type WorkInTransaction = Database.Transaction<(work: () => unknown) => unknown>

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations')

/** Opens (creating if needed) a catalog database file and brings its schema up to date. */
export function openDatabase(file: string): Sqlite {
  const db = connectDatabase(file)
  migrate(db)
  return db
}

/**
 * A connection to a catalog file with the engine's settings and SQL
 * functions, its schema as it stands: the index thread's own connection
 * (search/index-worker.ts) opens the file its engine already migrated.
 */
export function connectDatabase(file: string): Sqlite {
  // The desktop app points this at better-sqlite3 built for Electron's ABI (build/README.md).
  const binding = process.env.SHELFMARK_SQLITE_BINDING
  const db = new Database(file, binding ? { nativeBinding: binding } : {})
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL') // WAL + NORMAL: durable at checkpoint, never corrupt
  // A dataset write dirties ~36 pages, mostly the same index pages each time: checkpointing
  // every 50,000 pages (a WAL of up to ~200 MB) instead of SQLite's 1,000 copies each hot
  // page once per many writes and syncs the file rarely (measured at 10k datasets:
  // package_create 703/s at 10,000 pages, 816/s at 50,000; about 3x SQLite's default).
  // An engine on disk also checkpoints on a worker thread (checkpointer.ts), so this bound
  // mostly finds the copying done.
  db.pragma('wal_autocheckpoint = 50000')
  // A WAL that outgrew the bound above (a long read held back checkpoints) shrinks back to this size
  // at the first commit after it restarts. A lower limit (64 MB) cut it back on every cycle of the
  // bound (about 2,000 package_creates): that commit truncated ~140 MB and stalled 50-80 ms, about
  // 50 µs on the average package_create.
  db.pragma('journal_size_limit = 268435456')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000') // the CLI and a running server may share the file
  db.pragma('cache_size = -65536')
  // Reads of the database file through a memory map rather than a read() into the page cache
  // per page: a package_show of a 100k catalog (1.2 GB, far beyond the cache above) reads about
  // three pages, and over HTTP it served 6-10 % more per second so. SQLite caps the map at 2 GB;
  // writes still go through write(), and pages still in the WAL are read from it as before.
  db.pragma('mmap_size = 2147418112')
  // Savepoints (one per record of a load, per dataset of a pull) keep the pages they change in a
  // statement journal; on disk that was a temp file in /var/tmp written and deleted each time,
  // about 130 KB of writes per loaded dataset (a load of 10,000 ran about 15 % faster in memory).
  // Only a savepoint's own changes are held, and only until it ends.
  db.pragma('temp_store = MEMORY')
  registerSqlFunctions(db)
  return db
}

/** The application's own SQL functions, which triggers and migrations call. */
export function registerSqlFunctions(db: Sqlite): void {
  registerPackJson(db)
  registerTermFieldKey(db) // migration 0010
}

/**
 * Numbered migrations (NNNN-name.sql), each applied once, in order, inside a
 * transaction. A migration that drops much of an existing catalog's data
 * says so with a line `-- then: vacuum`: the file is rewritten once they
 * are done (VACUUM cannot run inside a transaction), or it would keep the
 * freed pages.
 */
export function migrate(db: Sqlite): void {
  const current = db.pragma('user_version', { simple: true }) as number
  let vacuum = false
  for (const { version, sql } of listMigrations()) {
    if (version <= current) continue
    db.transaction(() => {
      db.exec(sql)
      db.pragma(`user_version = ${version}`)
    }).immediate()
    // A new catalog (version 0) has nothing to give back.
    vacuum ||= current > 0 && /^-- then: vacuum$/m.test(sql)
  }
  if (vacuum) {
    console.error('shelfmark: rewriting the catalog file once after an upgrade, to give back the space it freed; a large catalog takes a while')
    // The rewrite goes through a temporary copy of the whole file: on disk, not in memory.
    db.pragma('temp_store = DEFAULT')
    db.exec('VACUUM')
    db.pragma('temp_store = MEMORY')
  }
}

/** The migration files, sorted by their number. */
export function listMigrations(): { version: number; name: string; sql: string }[] {
  return readdirSync(migrationsDir)
    .filter((file) => /^\d{4}-.+\.sql$/.test(file))
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file,
      sql: readFileSync(join(migrationsDir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version)
}
