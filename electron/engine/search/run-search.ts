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
import {
  countDocs,
  countVisible,
  ensureDocTables,
  facetSource,
  fillDocs,
  subtractCounts,
  totalDocs,
  type Counts,
  type FacetSource,
} from './facet-counts.ts'
import { ftsWeights } from './fields.ts'
import type { QueryNode } from './query-node.ts'
import { orderBy, type SortKey } from './sort.ts'
import { coversPublic, visibilityCondition, type Visibility } from './visibility.ts'

/** A parsed search: query, filters, visibility, order, page and facet fields. */
export type SearchRequest = {
  q: QueryNode
  filters: QueryNode[]
  visibility: Visibility
  sort: SortKey[]
  rows: number
  start: number
  facetFields: string[]
}

/** What a search found. */
export type SearchOutcome = {
  count: number
  /** Package ids of the requested page, in order. */
  ids: string[]
  /** Raw counts per facet field (organization and groups by id). */
  facets: Map<string, Counts>
}

const bm25 = `-bm25(search_fts, ${ftsWeights.join(', ')})`

/** Runs the search. */
export function runSearch(db: Sqlite, request: SearchRequest): SearchOutcome {
  const { driver, condition: queryCondition } = compileQuery(db, request.q)
  const filter = allOf([queryCondition, ...request.filters.map((node) => compileCondition(db, node))])
  const visible = visibilityCondition(request.visibility)
  if (filter === 'none' || visible === 'none') {
    return { count: 0, ids: [], facets: new Map(request.facetFields.map((field) => [field, new Map()])) }
  }
  if (driver === null && filter === 'all') return searchAll(db, request, visible)
  return searchHits(db, request, driver, visible, filter)
}

function searchHits(db: Sqlite, request: SearchRequest, driver: string | null, visible: Condition, filter: Condition): SearchOutcome {
  ensureDocTables(db)
  sql(db, 'DELETE FROM temp.search_hits').run()
  const where = whereOf(allOf([visible, filter]))
  if (driver === null) {
    db.prepare(`INSERT INTO temp.search_hits (doc, score) SELECT d.doc, 0 FROM search_docs d WHERE ${where.sql}`).run(...where.params)
  } else {
    db.prepare(
      `INSERT INTO temp.search_hits (doc, score)
       SELECT d.doc, ${bm25} FROM search_fts CROSS JOIN search_docs d ON d.doc = search_fts.rowid
       WHERE search_fts MATCH ? AND ${where.sql}`,
    ).run(driver, ...where.params)
  }
  const count = sql(db, 'SELECT count(*) FROM temp.search_hits').pluck().get() as number
  const order = orderBy(request.sort, driver !== null)
  const ids = db
    .prepare(`SELECT d.package_id FROM temp.search_hits h CROSS JOIN search_docs d ON d.doc = h.doc ORDER BY ${order.sql} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...order.params, request.rows, request.start) as string[]
  return { count, ids, facets: hitFacets(db, request, count, visible) }
}

/**
 * Facets of the hits. When they are most of what the caller may see, count
 * everything visible and take away the visible datasets that did not match.
 */
function hitFacets(db: Sqlite, request: SearchRequest, count: number, visible: Condition): Map<string, Counts> {
  const sources = new Map(request.facetFields.map((field): [string, FacetSource] => [field, facetSource(field)]))
  const facets = new Map<string, Counts>()
  if (!sources.size) return facets
  const total = totalDocs(db)
  if (count * 2 > total && coversPublic(request.visibility)) {
    const visibleCount = countWhere(db, whereOf(visible))
    if (count * 2 > visibleCount) {
      const all = countVisible(db, sources, visible, true)
      const rest = fillDocs(db, 'search_rest', allOf([visible, { sql: 'd.doc NOT IN (SELECT doc FROM temp.search_hits)', params: [] }]))
      for (const [field, source] of sources) {
        facets.set(field, subtractCounts(all.get(field) ?? new Map(), countDocs(db, source, 'search_rest', rest, total)))
      }
      return facets
    }
  }
  for (const [field, source] of sources) facets.set(field, countDocs(db, source, 'search_hits', count, total))
  return facets
}

/** No query and no filter: every visible dataset. */
function searchAll(db: Sqlite, request: SearchRequest, visible: Condition): SearchOutcome {
  const where = whereOf(visible)
  const count = countWhere(db, where)
  const order = orderBy(request.sort, false)
  const ids = db
    .prepare(`SELECT d.package_id FROM search_docs d WHERE ${where.sql} ORDER BY ${order.sql} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...where.params, ...order.params, request.rows, request.start) as string[]
  const sources = new Map(request.facetFields.map((field): [string, FacetSource] => [field, facetSource(field)]))
  const facets = sources.size ? countVisible(db, sources, visible, coversPublic(request.visibility)) : new Map()
  return { count, ids, facets }
}

function countWhere(db: Sqlite, where: SqlCondition): number {
  return db.prepare(`SELECT count(*) FROM search_docs d WHERE ${where.sql}`).pluck().get(...where.params) as number
}
