/**
 * Writes a search document into one set of index tables, replacing what the
 * dataset had there. Statements are cached per table set.
 */
import type { Sqlite } from '../db/open.ts'
import { insertMany } from '../db/insert-many.ts'
import { sql } from '../db/statements.ts'
import type { SearchDocument } from './document.ts'
import { ftsColumns, isCountedField } from './fields.ts'
import type { IndexTables } from './index-tables.ts'
import { termFieldKey, termFieldName } from './term-fields.ts'

/** Rows per dataset in search_field_fts: its rowids are doc * fieldRowsPerDoc + n. */
export const fieldRowsPerDoc = 10000

const docColumns =
  'package_id, name, title, state, private, pub, label, type, owner_org, creator_user_id, ' +
  'metadata_created, metadata_modified, url, version, num_resources, num_tags, has_text'

/** (Re)writes the dataset's entry, keeping search_counts in step. */
export function writeDocument(db: Sqlite, tables: IndexTables, doc: SearchDocument): void {
  const old = findDoc(db, tables, doc.packageId)
  let id: number
  if (old === undefined) id = insertDoc(db, tables, doc)
  else {
    id = old
    uncount(db, tables, id)
    clearEntries(db, tables, id)
    const assignments = docColumns.split(', ').map((column) => `${column} = ?`).join(', ')
    sql(db, `UPDATE ${tables.docs} SET ${assignments} WHERE doc = ?`).run(...docValues(doc), id)
  }
  const terms = doc.terms.flatMap(([field, value]) => [termFieldKey(field), doc.pub, value, id])
  insertMany(db, `INSERT OR IGNORE INTO ${tables.terms} (field, pub, value, doc)`, 4, terms)
  const rows = newRows()
  addFacetRows(db, tables, doc, id, new Map(), rows)
  addTextRows(doc, id, rows)
  insertRows(db, tables, rows)
  countTerms(db, tables, doc.terms, doc, 1)
}

/** Rows for search_facets and the two FTS5 tables, each a flat list of values, written together. */
type EntryRows = { facets: unknown[]; fts: unknown[]; fieldFts: unknown[] }

function newRows(): EntryRows {
  return { facets: [], fts: [], fieldFts: [] }
}

/** The dataset's counted values as ids in search_facets (new values get an id in search_values). */
function addFacetRows(db: Sqlite, tables: IndexTables, doc: SearchDocument, id: number, known: Map<string, number>, rows: EntryRows): void {
  const find = sql(db, `SELECT id FROM ${tables.values} WHERE field = ? AND value = ?`).pluck()
  const create = sql(db, `INSERT INTO ${tables.values} (field, value) VALUES (?, ?)`)
  for (const [field, value] of doc.terms) {
    if (!isCountedField(field)) continue
    const key = `${field}\u0000${value}`
    let valueId = known.get(key) ?? (find.get(field, value) as number | undefined)
    valueId ??= Number(create.run(field, value).lastInsertRowid)
    known.set(key, valueId)
    rows.facets.push(id, valueId)
  }
}

/** The dataset's rows in the two FTS5 tables. */
function addTextRows(doc: SearchDocument, id: number, rows: EntryRows): void {
  rows.fts.push(id, ...doc.text)
  doc.fieldTexts.slice(0, fieldRowsPerDoc).forEach(([field, value], n) => rows.fieldFts.push(id * fieldRowsPerDoc + n, field, value))
}

function insertRows(db: Sqlite, tables: IndexTables, rows: EntryRows): void {
  insertMany(db, `INSERT OR IGNORE INTO ${tables.facets} (doc, value)`, 2, rows.facets)
  insertMany(db, `INSERT INTO ${tables.fts} (rowid, ${ftsColumns.join(', ')})`, 1 + ftsColumns.length, rows.fts)
  insertMany(db, `INSERT INTO ${tables.fieldFts} (rowid, field, value)`, 3, rows.fieldFts)
}

function docValues(doc: SearchDocument): unknown[] {
  return [
    doc.packageId, doc.name, doc.title, doc.state, doc.private, doc.pub, doc.label, doc.type, doc.ownerOrg,
    doc.creatorUserId, doc.metadataCreated, doc.metadataModified, doc.url, doc.version, doc.numResources,
    doc.numTags, doc.hasText,
  ]
}

function insertDoc(db: Sqlite, tables: IndexTables, doc: SearchDocument): number {
  const placeholders = docColumns.split(', ').map(() => '?').join(', ')
  return Number(sql(db, `INSERT INTO ${tables.docs} (${docColumns}) VALUES (${placeholders})`).run(...docValues(doc)).lastInsertRowid)
}

/**
 * Writes many new entries at once (a rebuild's batch): rows are appended in
 * dataset order. Datasets that already have an entry (written meanwhile by a
 * dual write) are replaced one by one.
 */
export function writeBatch(db: Sqlite, tables: IndexTables, docs: SearchDocument[]): void {
  const fresh: { doc: SearchDocument; id: number }[] = []
  for (const doc of docs) {
    if (findDoc(db, tables, doc.packageId) !== undefined) writeDocument(db, tables, doc)
    else fresh.push({ doc, id: insertDoc(db, tables, doc) })
  }
  // The batch's counts are summed here and added once per value and class. The key is JSON, not
  // the parts joined by a separator: a value may hold any character, NUL included.
  const counts = new Map<string, { row: [string, string, string, number, string]; n: number }>()
  const termValues: unknown[] = []
  for (const { doc, id } of fresh) {
    for (const [field, value] of doc.terms) {
      termValues.push(termFieldKey(field), doc.pub, value, id)
      if (!isCountedField(field)) continue
      const row: [string, string, string, number, string] = [field, value, doc.state, doc.private, doc.label]
      const key = JSON.stringify(row)
      const entry = counts.get(key)
      if (entry) entry.n += 1
      else counts.set(key, { row, n: 1 })
    }
  }
  insertMany(db, `INSERT OR IGNORE INTO ${tables.terms} (field, pub, value, doc)`, 4, termValues)
  const add = sql(
    db,
    `INSERT INTO ${tables.counts} (field, value, state, private, label, n) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (field, value, state, private, label) DO UPDATE SET n = n + excluded.n`,
  )
  for (const { row, n } of counts.values()) add.run(...row, n)
  const known = new Map<string, number>()
  const rows = newRows()
  for (const { doc, id } of fresh) {
    addFacetRows(db, tables, doc, id, known, rows)
    addTextRows(doc, id, rows)
  }
  insertRows(db, tables, rows)
}

/** Removes the dataset's entry from one set of index tables. */
export function removeDocument(db: Sqlite, tables: IndexTables, packageId: string): void {
  const id = findDoc(db, tables, packageId)
  if (id === undefined) return
  uncount(db, tables, id)
  clearEntries(db, tables, id)
  sql(db, `DELETE FROM ${tables.docs} WHERE doc = ?`).run(id)
}

function findDoc(db: Sqlite, tables: IndexTables, packageId: string): number | undefined {
  const row = sql(db, `SELECT doc FROM ${tables.docs} WHERE package_id = ?`).get(packageId) as { doc: number } | undefined
  return row?.doc
}

type VisibilityClass = { state: string; private: number; label: string }

/** Takes an entry's values out of search_counts, before the entry is cleared. */
function uncount(db: Sqlite, tables: IndexTables, id: number): void {
  const visibility = sql(db, `SELECT state, private, label FROM ${tables.docs} WHERE doc = ?`).get(id) as VisibilityClass
  const stored = sql(db, `SELECT field, value FROM ${tables.terms} WHERE doc = ?`).raw().all(id) as [number | string, string][]
  countTerms(db, tables, stored.map(([key, value]) => [termFieldName(key), value]), visibility, -1)
}

/** Adds `step` (+1 / -1) to the counts of the counted values among `terms`, in the dataset's visibility class. */
function countTerms(db: Sqlite, tables: IndexTables, terms: [string, string][], visibility: VisibilityClass, step: 1 | -1): void {
  const add = sql(
    db,
    `INSERT INTO ${tables.counts} (field, value, state, private, label, n) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (field, value, state, private, label) DO UPDATE SET n = n + excluded.n`,
  )
  const drop = sql(db, `DELETE FROM ${tables.counts} WHERE field = ? AND value = ? AND state = ? AND private = ? AND label = ? AND n <= 0`)
  const { state, label } = visibility
  for (const [field, value] of terms) {
    if (!isCountedField(field)) continue
    add.run(field, value, state, visibility.private, label, step)
    if (step < 0) drop.run(field, value, state, visibility.private, label)
  }
}

function clearEntries(db: Sqlite, tables: IndexTables, id: number): void {
  sql(db, `DELETE FROM ${tables.terms} WHERE doc = ?`).run(id)
  sql(db, `DELETE FROM ${tables.facets} WHERE doc = ?`).run(id)
  sql(db, `DELETE FROM ${tables.fts} WHERE rowid = ?`).run(id)
  // The rowids come from the FTS5 table's own content table, a plain b-tree: a rowid range on
  // the virtual table itself makes FTS5 walk far more than the range (about 1 ms at 2,000 datasets
  // and growing with the catalog, against 0.2 ms this way).
  const first = id * fieldRowsPerDoc
  const rowids = sql(db, `SELECT id FROM ${tables.fieldFts}_content WHERE id BETWEEN ? AND ?`).pluck().all(first, first + fieldRowsPerDoc - 1)
  const deleteRow = sql(db, `DELETE FROM ${tables.fieldFts} WHERE rowid = ?`)
  for (const rowid of rowids) deleteRow.run(rowid)
}
