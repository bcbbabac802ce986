/**
 * `shelfmark search-index rebuild`: builds a fresh index from packages.data
 * into a second set of tables while searches keep reading the live ones,
 * then swaps the sets in one transaction. Dataset writes made meanwhile go to
 * both sets (index-package.ts), so the new index misses none of them.
 */
import type { Engine } from '../engine.ts'
import type { PackageRow } from '../packages/store.ts'
import { buildDocument } from './document.ts'
import { batchLookups } from './document-lookups.ts'
import { deleteState, inIndexFile, inIndexTransaction, indexSchemaSql, writeState } from './index-file.ts'
import { liveTables, rebuildSetting, suffixedTables, type IndexTables } from './index-tables.ts'
import { shownForIndex } from './shown-for-index.ts'
import { writeBatch } from './write-document.ts'
import { systemContext } from '../users/system-context.ts'

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
  const batchSize = options.batchSize ?? 2000
  const staging = suffixedTables(suffix)
  // The new tables are written all over: a larger page cache keeps their b-trees in memory.
  const cacheSize = db.pragma('search.cache_size', { simple: true })
  db.pragma('search.cache_size = -524288')
  try {
    return rebuildInto(engine, staging, batchSize, options.onProgress, started)
  } finally {
    db.pragma(`search.cache_size = ${Number(cacheSize)}`)
  }
}

function rebuildInto(
  engine: Engine,
  staging: IndexTables,
  batchSize: number,
  onProgress: ((done: number, total: number) => void) | undefined,
  started: number,
): RebuildReport {
  const { db } = engine
  const ddl = stagingDdl(staging)
  inIndexTransaction(db, () => {
    dropTables(engine, staging)
    db.exec(ddl.tables)
    writeState(db, rebuildSetting, suffix)
  })
  const total = db.prepare('SELECT count(*) FROM packages').pluck().get() as number
  const reader = systemContext(engine) // reads only: no caller, no nested calls
  const batch = db.prepare('SELECT rowid AS position, * FROM packages WHERE rowid > ? ORDER BY rowid LIMIT ?')
  let after = Number.MIN_SAFE_INTEGER
  let done = 0
  for (;;) {
    const rows = inIndexTransaction(db, () => {
      const page = batch.all(after, batchSize) as (PackageRow & { position: number })[]
      const lookups = batchLookups(db, page.map((row) => row.id))
      writeBatch(db, staging, page.map((row) => buildDocument(lookups, shownForIndex(reader, row))))
      return page
    })
    if (!rows.length) break
    after = rows[rows.length - 1].position
    done += rows.length
    onProgress?.(done, total)
  }
  inIndexTransaction(db, () => {
    // Indexes are built now, from sorted data, rather than kept up row by row while loading.
    db.exec(ddl.indexes)
    dropTables(engine, liveTables)
    for (const key of Object.keys(liveTables) as (keyof IndexTables)[]) {
      db.exec(`ALTER TABLE ${staging[key]} RENAME TO ${liveTables[key]}`)
    }
    deleteState(db, rebuildSetting)
  })
  return { datasets: done, seconds: (Date.now() - started) / 1000 }
}

/**
 * The index tables' DDL (the rebuild section of index-schema.sql) for
 * another set of names, in the index file: the tables, and apart, their
 * secondary indexes (with fresh names, since index names outlive the rename).
 */
function stagingDdl(tables: IndexTables): { tables: string; indexes: string } {
  const section = /-- rebuild:begin\n([\s\S]*?)-- rebuild:end/.exec(indexSchemaSql())
  if (!section) throw new Error('index-schema.sql has no rebuild section')
  const token = Date.now().toString(36)
  const statements = section[1]
    .replace(/^--.*$/gm, '')
    .replace(/\bsearch_(docs|terms|values|facets|counts|fts|field_fts)\b/g, (name) => tables[keyOf(name)])
    .replace(/CREATE INDEX (\w+)/g, `CREATE INDEX $1_${token}`)
    .split(/;\s*\n/)
    .map((statement) => statement.trim())
    .filter(Boolean)
  const isIndex = (statement: string) => statement.startsWith('CREATE INDEX')
  return {
    tables: inIndexFile(`${statements.filter((s) => !isIndex(s)).join(';\n')};`),
    indexes: inIndexFile(`${statements.filter(isIndex).join(';\n')};`),
  }
}

function keyOf(name: string): keyof IndexTables {
  return (Object.keys(liveTables) as (keyof IndexTables)[]).find((key) => liveTables[key] === name) as keyof IndexTables
}

function dropTables(engine: Engine, tables: IndexTables): void {
  for (const name of Object.values(tables)) engine.db.exec(`DROP TABLE IF EXISTS ${name}`)
}
