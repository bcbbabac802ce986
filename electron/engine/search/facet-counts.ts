/**
 * Facet counts: how many matching datasets carry each value of a field.
 * Over every visible dataset (`*:*`), the usual facet fields are sums from
 * search_counts; over matches, they are counted in one pass over the narrow
 * search_facets table. Other fields come from search_terms: its pub = 1 index
 * range for the datasets everyone sees, row lookups for the rest. A query
 * matching most datasets is counted as "all visible minus the rest".
 */
import { collaboratorDatasetIds } from '../auth/roles.ts'
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { prepareQuery } from './statement-cache.ts'
import { allOf, cond, whereOf, type Condition, type SqlCondition } from './condition.ts'
import { fieldKind, isCountedField } from './fields.ts'
import { coversPublic, type Visibility } from './visibility.ts'
import { termFieldKey } from './term-fields.ts'

/** Where a facet field's values are stored. */
export type FacetSource = { kind: 'terms'; field: string } | { kind: 'column'; expression: string } | { kind: 'none' }
/** Datasets per facet value. */
export type Counts = Map<string, number>

/** The temp tables of dataset docs: matches, the caller's non-public visible datasets, visible non-matches. */
export type DocTable = 'search_hits' | 'search_extra' | 'search_rest'

const prepared = new WeakSet<Sqlite>()

/** Creates the temp tables (once per connection). */
export function ensureDocTables(db: Sqlite): void {
  if (prepared.has(db)) return
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS search_hits (doc INTEGER PRIMARY KEY, score REAL NOT NULL);
    CREATE TEMP TABLE IF NOT EXISTS search_extra (doc INTEGER PRIMARY KEY);
    CREATE TEMP TABLE IF NOT EXISTS search_rest (doc INTEGER PRIMARY KEY);`)
  prepared.add(db)
}

/** Fills a doc table with the datasets matching a condition on `d`; returns how many. */
export function fillDocs(db: Sqlite, table: 'search_extra' | 'search_rest', condition: Condition): number {
  ensureDocTables(db)
  sql(db, `DELETE FROM temp.${table}`).run()
  if (condition === 'none') return 0
  const where = whereOf(condition)
  return prepareQuery(db, `INSERT INTO temp.${table} (doc) SELECT d.doc FROM search_docs d WHERE ${where.sql}`).run(...where.params).changes
}

/** Where a facet field's values come from (tokenised text fields have none). */
export function facetSource(field: string): FacetSource {
  const kind = fieldKind(field)
  switch (kind.kind) {
    case 'terms':
    case 'fieldText':
      return { kind: 'terms', field: kind.field }
    case 'organization':
    case 'groups':
      return { kind: 'terms', field: kind.kind }
    case 'column':
      return { kind: 'column', expression: `d.${kind.column}` }
    case 'capacity':
      return { kind: 'column', expression: "CASE d.private WHEN 1 THEN 'private' ELSE 'public' END" }
    case 'private':
      return { kind: 'column', expression: "CASE d.private WHEN 1 THEN 'true' ELSE 'false' END" }
    case 'constant':
      return { kind: 'column', expression: `'${kind.value.replace(/'/g, "''")}'` }
    case 'text':
      return { kind: 'none' }
  }
}

/**
 * Counts of several fields over the datasets in a doc table of `size` rows:
 * the usual facet fields all in one pass over search_facets, others one by one.
 */
export function countDocsFor(db: Sqlite, sources: Map<string, FacetSource>, table: DocTable, size: number, total: number): Map<string, Counts> {
  const isCounted = (source: FacetSource) => source.kind === 'terms' && isCountedField(source.field)
  const counted = size && [...sources.values()].some(isCounted) ? countFacetValues(db, table) : new Map<string, Counts>()
  const result = new Map<string, Counts>()
  for (const [field, source] of sources) {
    result.set(field, isCounted(source) ? (counted.get((source as { field: string }).field) ?? new Map()) : countDocs(db, source, table, size, total))
  }
  return result
}

/** Every counted field's values over a doc table, from the narrow search_facets table. */
function countFacetValues(db: Sqlite, table: DocTable): Map<string, Counts> {
  const ids = sql(db, `SELECT f.value, count(*) FROM temp.${table} h CROSS JOIN search_facets f ON f.doc = h.doc GROUP BY f.value`)
    .raw()
    .all() as [number, number][]
  const names = new Map(
    (sql(db, 'SELECT id, field, value FROM search_values WHERE id IN (SELECT value FROM json_each(?))')
      .raw()
      .all(JSON.stringify(ids.map(([id]) => id))) as [number, string, string][]).map(([id, field, value]) => [id, [field, value]]),
  )
  const result = new Map<string, Counts>()
  for (const [id, n] of ids) {
    const [field, value] = names.get(id) ?? []
    if (field === undefined || value === undefined) continue
    if (!result.has(field)) result.set(field, new Map())
    result.get(field)?.set(value, n)
  }
  return result
}

/**
 * Counts over the datasets in a doc table of `size` rows. Few: look up each
 * one's values; many: scan the field's values and test membership.
 */
function countDocs(db: Sqlite, source: FacetSource, table: DocTable, size: number, total: number): Counts {
  if (source.kind === 'none' || size === 0) return new Map()
  if (source.kind === 'column') {
    return collect(
      sql(db, `SELECT ${source.expression} AS value, count(*) FROM temp.${table} h CROSS JOIN search_docs d ON d.doc = h.doc GROUP BY 1`)
        .raw()
        .all(),
    )
  }
  const statement =
    size * 4 < total
      ? sql(db, `SELECT t.value, count(*) FROM temp.${table} h CROSS JOIN search_terms t ON t.doc = h.doc AND t.field = ? GROUP BY t.value`)
      : sql(db, `SELECT value, count(*) FROM search_terms WHERE field = ? AND pub IN (0, 1) AND doc IN (SELECT doc FROM temp.${table}) GROUP BY value`)
  return collect(statement.raw().all(termFieldKey(source.field)))
}

/**
 * Counts over every visible dataset: the usual facet fields are summed from
 * search_counts over the visibility classes the caller may see; other fields
 * are counted from the pub = 1 index range (when every public dataset is
 * visible) plus the caller's other datasets one by one.
 */
export function countVisible(db: Sqlite, sources: Map<string, FacetSource>, visibility: Visibility, visible: Condition): Map<string, Counts> {
  const result = new Map<string, Counts>()
  const split = coversPublic(visibility)
  // search_counts is kept per label: a collaborator's datasets, seen through their own ids, are counted one by one.
  const byClass = visibility.sysadmin || collaboratorDatasetIds(visibility.labels).length === 0
  const others = new Map<string, FacetSource>()
  for (const [field, source] of sources) {
    if (source.kind === 'none') result.set(field, new Map())
    else if (source.kind === 'column') result.set(field, countColumnWhere(db, source, whereOf(visible)))
    else if (byClass && isCountedField(source.field)) result.set(field, countKept(db, source.field, visibility))
    else others.set(field, source)
  }
  if (!others.size) return result
  const extraSize = fillDocs(db, 'search_extra', split ? allOf([visible, cond('d.pub = 0')]) : visible)
  const extra = countDocsFor(db, others, 'search_extra', extraSize, totalDocs(db))
  for (const [field, source] of others) {
    const counts = split ? countPublic(db, source) : new Map<string, number>()
    result.set(field, addCounts(counts, extra.get(field) ?? new Map()))
  }
  return result
}

/** A counted field's values summed over the visibility classes the caller may see. */
function countKept(db: Sqlite, field: string, visibility: Visibility): Counts {
  const parts = ['field = ?']
  const params: unknown[] = [field]
  if (visibility.states) {
    parts.push(`state IN (${visibility.states.map(() => '?').join(', ')})`)
    params.push(...visibility.states)
  }
  if (!visibility.includePrivate) parts.push('private = 0')
  if (!visibility.sysadmin) {
    parts.push(`label IN (${visibility.labels.map(() => '?').join(', ')})`)
    params.push(...visibility.labels)
  }
  return collect(prepareQuery(db, `SELECT value, sum(n) FROM search_counts WHERE ${parts.join(' AND ')} GROUP BY value`).raw().all(...params))
}

/** Counts over every active public dataset, from the pub = 1 range of the index. */
function countPublic(db: Sqlite, source: FacetSource): Counts {
  if (source.kind !== 'terms') return new Map()
  return collect(sql(db, 'SELECT value, count(*) FROM search_terms WHERE field = ? AND pub = 1 GROUP BY value').raw().all(termFieldKey(source.field)))
}

function countColumnWhere(db: Sqlite, source: FacetSource, where: SqlCondition): Counts {
  if (source.kind !== 'column') return new Map()
  return collect(prepareQuery(db, `SELECT ${source.expression} AS value, count(*) FROM search_docs d WHERE ${where.sql} GROUP BY 1`).raw().all(...where.params))
}

/** Adds the counts of `more` into `into`. */
export function addCounts(into: Counts, more: Counts): Counts {
  for (const [value, n] of more) into.set(value, (into.get(value) ?? 0) + n)
  return into
}

/** Takes the counts of `less` from `from`, dropping values that reach zero. */
export function subtractCounts(from: Counts, less: Counts): Counts {
  for (const [value, n] of less) {
    const left = (from.get(value) ?? 0) - n
    if (left > 0) from.set(value, left)
    else from.delete(value)
  }
  return from
}

/** An upper bound of the number of indexed datasets (doc ids grow). */
export function totalDocs(db: Sqlite): number {
  return (sql(db, 'SELECT max(doc) FROM search_docs').pluck().get() as number | null) ?? 0
}

function collect(rows: unknown[]): Counts {
  const counts: Counts = new Map()
  for (const [value, n] of rows as [unknown, number][]) if (value !== null && value !== '') counts.set(String(value), n)
  return counts
}
