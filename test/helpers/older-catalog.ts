/**
 * An in-memory catalog as an older Shelfmark left it: every migration
 * numbered below `version` applied, the rest not yet, so a migration test can
 * put rows in and then run `migrate` as opening the catalog would.
 */
import Database from 'better-sqlite3'
import { listMigrations, registerSqlFunctions } from '../../electron/engine/db/open.ts'

export function catalogBefore(version: number): Database.Database {
  const db = new Database(':memory:')
  registerSqlFunctions(db)
  db.pragma('foreign_keys = ON')
  for (const migration of listMigrations().filter((m) => m.version < version)) {
    db.exec(migration.sql)
    db.pragma(`user_version = ${migration.version}`)
  }
  return db
}
