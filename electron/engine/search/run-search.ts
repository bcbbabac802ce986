/**
 * Runs a parsed search against the index: the matching datasets (count and
 * one page of ids, in order) and the facet counts. The matches are collected
 * once into temp.search_hits with their scores; a search with no query and no
 * filter (`*:*`) skips that and reads the indexes directly.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { allOf, whereOf, type Condition, type SqlCondition } from './condition.ts'
import { compileCondition, compileQuery } from './compile-query.ts'
import { addCounts, countColumnWhere, countHits, countPublic, facetSource, type Counts } from './facet-counts.ts'
import { ftsWeights } from './fields.ts'
import type { QueryNode } from './query-node.ts'
import { orderBy, type SortKey } from './sort.ts'
import { coversPublic, visibilityCondition, type Visibility } from './visibility.ts'

export type SearchRequest = {
  q: QueryNode
  filters: QueryNode[]
  visibility: Visibility
  sort: SortKey[]
  rows: number
  start: number
  facetFields: string[]
}

export type SearchOutcome = {
  count: number
  /** Package ids of the requested page, in order. */
  ids: string[]
  /** Raw counts per facet field (organization and groups by id). */
  facets: Map<string, Counts>
}

const prepared = new WeakSet<Sqlite>()
const bm25 = `-bm25(search_fts, ${ftsWeights.join(', ')})`

/** Runs the search. */
export function runSearch(db: Sqlite, request: SearchRequest): SearchOutcome {
  const { driver, condition: queryCondition } = compileQuery(db, request.q)
  const filter = allOf([queryCondition, ...request.filters.map((node) => compileCondition(db, node))])
  const visible = visibilityCondition(request.visibility)
  const empty = { count: 0, ids: [], facets: new Map(request.facetFields.map((field) => [field, new Map()])) }
  if (filter === 'none' || visible === 'none') return empty
  if (driver === null && filter === 'all') return searchAll(db, request, whereOf(visible))
  return searchHits(db, request, driver, whereOf(allOf([visible, filter])))
}

function searchHits(db: Sqlite, request: SearchRequest, driver: string | null, where: SqlCondition): SearchOutcome {
  ensureHitsTable(db)
  sql(db, 'DELETE FROM temp.search_hits').run()
  if (driver === null) {
    db.prepare(`INSERT INTO temp.search_hits (doc, score) SELECT d.doc, 0 FROM search_docs d WHERE ${where.sql}`).run(...where.params)
  } else {
    db.prepare(
      `INSERT INTO temp.search_hits (doc, score)
       SELECT d.doc, ${bm25} FROM search_fts CROSS JOIN search_docs d ON d.doc = search_fts.rowid
       WHERE search_fts MATCH ? AND ${where.sql}`,
    ).run(driver, ...where.params)
  }
  const count = (sql(db, 'SELECT count(*) FROM temp.search_hits').pluck().get() as number) ?? 0
  const order = orderBy(request.sort, driver !== null)
  const ids = db
    .prepare(`SELECT d.package_id FROM temp.search_hits h CROSS JOIN search_docs d ON d.doc = h.doc ORDER BY ${order.sql} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...order.params, request.rows, request.start) as string[]
  const total = count && request.facetFields.length ? totalDocs(db) : 0
  const facets = new Map<string, Counts>()
  for (const field of request.facetFields) facets.set(field, countHits(db, facetSource(field), count, total))
  return { count, ids, facets }
}

/** No query and no filter: every visible dataset. */
function searchAll(db: Sqlite, request: SearchRequest, visible: SqlCondition): SearchOutcome {
  const count = db.prepare(`SELECT count(*) FROM search_docs d WHERE ${visible.sql}`).pluck().get(...visible.params) as number
  const order = orderBy(request.sort, false)
  const ids = db
    .prepare(`SELECT d.package_id FROM search_docs d WHERE ${visible.sql} ORDER BY ${order.sql} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...visible.params, ...order.params, request.rows, request.start) as string[]
  const facets = new Map<string, Counts>()
  if (!request.facetFields.length) return { count, ids, facets }
  const split = coversPublic(request.visibility)
  // Everyone sees the pub = 1 datasets; the caller's others (private, drafts) are collected as hits.
  const extra = split ? allOf([visible, { sql: 'd.pub = 0', params: [] }]) : visible
  const extraHits = collectHits(db, extra)
  const total = extraHits ? totalDocs(db) : 0
  for (const field of request.facetFields) {
    const source = facetSource(field)
    const counts = split ? countPublic(db, source) : new Map()
    if (source.kind === 'column') facets.set(field, countColumnWhere(db, source, visible))
    else facets.set(field, extraHits ? addCounts(counts, countHits(db, source, extraHits, total)) : counts)
  }
  return { count, ids, facets }
}

/** Fills temp.search_hits with the datasets matching a condition; returns how many. */
function collectHits(db: Sqlite, condition: Condition): number {
  if (condition === 'none') return 0
  ensureHitsTable(db)
  sql(db, 'DELETE FROM temp.search_hits').run()
  const where = whereOf(condition)
  return db.prepare(`INSERT INTO temp.search_hits (doc, score) SELECT d.doc, 0 FROM search_docs d WHERE ${where.sql}`).run(...where.params).changes
}

function totalDocs(db: Sqlite): number {
  return sql(db, 'SELECT max(doc) FROM search_docs').pluck().get() as number
}

function ensureHitsTable(db: Sqlite): void {
  if (prepared.has(db)) return
  db.exec('CREATE TEMP TABLE IF NOT EXISTS search_hits (doc INTEGER PRIMARY KEY, score REAL NOT NULL)')
  prepared.add(db)
}
