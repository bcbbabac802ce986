/**
 * `shelfmark search-index rebuild`: builds a fresh index from packages.data
 * into a second set of tables while searches keep reading the live ones,
 * then swaps the sets in one transaction. Dataset writes made meanwhile go to
 * both sets (index-package.ts), so the new index misses none of them.
 */
import type { Context } from '../context.ts'
import type { Engine } from '../engine.ts'
import { listMigrations } from '../db/open.ts'
import { showPackage, type PackageRow } from '../packages/store.ts'
import { buildDocument } from './document.ts'
import { countedFieldsSql } from './fields.ts'
import { liveTables, rebuildSetting, suffixedTables, type IndexTables } from './index-tables.ts'
import { writeDocument } from './write-document.ts'

/** What a rebuild did. */
export type RebuildReport = { datasets: number; seconds: number }

const suffix = '_new'

/** Rebuilds the whole index, `batchSize` datasets per transaction; `onProgress` after each batch. */
export function rebuildSearchIndex(
  engine: Engine,
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): RebuildReport {
  const started = Date.now()
  const { db } = engine
  const batchSize = options.batchSize ?? 1000
  const staging = suffixedTables(suffix)
  db.transaction(() => {
    dropTables(engine, staging)
    db.exec(stagingDdl(staging))
    db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(rebuildSetting, suffix)
  }).immediate()
  const total = db.prepare('SELECT count(*) FROM packages').pluck().get() as number
  const reader = readerContext(engine)
  const batch = db.prepare('SELECT rowid AS position, * FROM packages WHERE rowid > ? ORDER BY rowid LIMIT ?')
  let after = Number.MIN_SAFE_INTEGER
  let done = 0
  for (;;) {
    const rows = db.transaction(() => {
      const page = batch.all(after, batchSize) as (PackageRow & { position: number })[]
      for (const row of page) writeDocument(db, staging, buildDocument(db, showPackage(reader, row)), { counting: false })
      return page
    }).immediate()
    if (!rows.length) break
    after = rows[rows.length - 1].position
    done += rows.length
    options.onProgress?.(done, total)
  }
  db.transaction(() => {
    // Counted here, under the write lock: writes made during the rebuild are in the staging terms.
    db.exec(`INSERT INTO ${staging.counts} (field, value, n)
      SELECT field, value, count(*) FROM ${staging.terms} WHERE pub = 1 AND ${countedFieldsSql} GROUP BY field, value`)
    dropTables(engine, liveTables)
    for (const key of Object.keys(liveTables) as (keyof IndexTables)[]) {
      db.exec(`ALTER TABLE ${staging[key]} RENAME TO ${liveTables[key]}`)
    }
    db.prepare('DELETE FROM settings WHERE key = ?').run(rebuildSetting)
  }).immediate()
  return { datasets: done, seconds: (Date.now() - started) / 1000 }
}

/** The index tables' DDL (the rebuild section of the search migration), for another set of names. */
function stagingDdl(tables: IndexTables): string {
  const migration = listMigrations().find((m) => m.name.endsWith('-search.sql'))
  const section = /-- rebuild:begin\n([\s\S]*?)-- rebuild:end/.exec(migration?.sql ?? '')
  if (!section) throw new Error('The search migration has no rebuild section')
  const token = Date.now().toString(36)
  return section[1]
    .replace(/\bsearch_(docs|terms|counts|fts|field_fts)\b/g, (name) => tables[keyOf(name)])
    .replace(/CREATE INDEX (\w+)/g, `CREATE INDEX $1_${token}`)
}

function keyOf(name: string): keyof IndexTables {
  return (Object.keys(liveTables) as (keyof IndexTables)[]).find((key) => liveTables[key] === name) as keyof IndexTables
}

function dropTables(engine: Engine, tables: IndexTables): void {
  for (const name of Object.values(tables)) engine.db.exec(`DROP TABLE IF EXISTS ${name}`)
}

/** A context for reading datasets outside any action (no caller, no nested calls). */
function readerContext(engine: Engine): Context {
  const refuse = (): never => {
    throw new Error('Not available while rebuilding the search index')
  }
  return {
    db: engine.db,
    user: null,
    config: engine.config,
    dataDir: engine.dataDir,
    call: refuse,
    callIgnoringAuth: refuse,
    afterCommit: refuse,
  }
}
