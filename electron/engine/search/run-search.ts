/**
 * Runs a parsed search against the index: the matching datasets (count and
 * one page of ids, in order) and the facet counts. The matches are collected
 * once into temp.search_hits with their scores; a search with no query and no
 * filter (`*:*`) skips that and reads the indexes directly.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { prepareQuery } from './statement-cache.ts'
import { allOf, whereOf, type Condition, type SqlCondition } from './condition.ts'
import { compileQuery, ranksText } from './compile-query.ts'
import {
  countDocsFor,
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
import { ftsJoin } from './fts-query.ts'
import { keyExpression, publicToken } from './keys.ts'
import type { QueryNode } from './query-node.ts'
import { orderBy, type SortKey } from './sort.ts'
import { isPublicOnly, visibilityIn, type Visibility } from './visibility.ts'

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

/** The FTS5 part of a search: the expression every hit matches, and whether the query's text scores it. */
type FullText = { match: string | null; scored: boolean }

/** Runs the search. */
export function runSearch(db: Sqlite, request: SearchRequest): SearchOutcome {
  const query = compileQuery(db, request.q)
  const filters = request.filters.map((node) => compileQuery(db, node))
  const condition = allOf([query.condition, ...filters.map((filter) => filter.condition)])
  const visible = visibilityIn(db, request.visibility)
  if (condition === 'none' || visible === 'none') {
    return { count: 0, ids: [], facets: new Map(request.facetFields.map((field) => [field, new Map()])) }
  }
  const drivers = [query.driver, ...filters.map((filter) => filter.driver)].filter((d): d is string => d !== null)
  if (!drivers.length && condition === 'all') return searchAll(db, request, visible)
  // Visible to everyone: FTS5 checks it with the public token, no row lookup needed.
  const tokenised = drivers.length > 0 && isPublicOnly(request.visibility)
  if (tokenised) drivers.push(keyExpression(publicToken))
  const text = { match: drivers.length ? ftsJoin('AND', drivers) : null, scored: query.driver !== null && ranksText(request.q) }
  return searchHits(db, request, text, tokenised ? condition : allOf([visible, condition]), visible)
}

function searchHits(db: Sqlite, request: SearchRequest, text: FullText, condition: Condition, visible: Condition): SearchOutcome {
  ensureDocTables(db)
  sql(db, 'DELETE FROM temp.search_hits').run()
  const score = text.scored ? bm25 : '0'
  const where = whereOf(condition)
  if (text.match === null) {
    prepareQuery(db, `INSERT INTO temp.search_hits (doc, score) SELECT d.doc, 0 FROM search_docs d WHERE ${where.sql}`).run(...where.params)
  } else if (condition === 'all') {
    sql(db, `INSERT INTO temp.search_hits (doc, score) SELECT rowid, ${score} FROM search_fts WHERE search_fts MATCH ?`).run(text.match)
  } else {
    prepareQuery(db, 
      `INSERT INTO temp.search_hits (doc, score)
       SELECT d.doc, ${score} FROM search_fts CROSS JOIN search_docs d ON d.doc = search_fts.rowid
       WHERE search_fts MATCH ? AND ${where.sql}`,
    ).run(text.match, ...where.params)
  }
  const count = sql(db, 'SELECT count(*) FROM temp.search_hits').pluck().get() as number
  return { count, ids: pageOfHits(db, request, count, text.scored, visible), facets: hitFacets(db, request, count, visible) }
}

/**
 * The requested page of hits. Ranked by score first: only hits scoring at
 * least the page's last are looked up and fully ordered. Ordered by a field,
 * when hits are many: an index in that order is walked until the page is
 * full, instead of sorting them all.
 */
function pageOfHits(db: Sqlite, request: SearchRequest, count: number, scored: boolean, visible: Condition): string[] {
  const end = request.start + request.rows
  if (request.rows === 0 || request.start >= count) return []
  const order = orderBy(request.sort, scored)
  let floor = ''
  const params: unknown[] = []
  const [first] = request.sort
  const byScore = scored && first?.field === 'score'
  if (byScore && first.descending && end < count) {
    floor = 'WHERE h.score >= ?'
    params.push(sql(db, 'SELECT score FROM temp.search_hits ORDER BY score DESC LIMIT 1 OFFSET ?').pluck().get(end - 1))
  } else if (!byScore && count * 10 > totalDocs(db)) {
    const where = whereOf(visible)
    return prepareQuery(
      db,
      `SELECT d.package_id FROM search_docs d WHERE ${where.sql} AND d.doc IN (SELECT doc FROM temp.search_hits)
       ORDER BY ${order.sql} LIMIT ? OFFSET ?`,
    )
      .pluck()
      .all(...where.params, ...order.params, request.rows, request.start) as string[]
  }
  return prepareQuery(db, `SELECT d.package_id FROM temp.search_hits h CROSS JOIN search_docs d ON d.doc = h.doc ${floor} ORDER BY ${order.sql} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...params, ...order.params, request.rows, request.start) as string[]
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
  if (count * 2 > total) {
    const visibleCount = countWhere(db, whereOf(visible))
    if (count * 2 > visibleCount) {
      const all = countVisible(db, sources, request.visibility, visible)
      const rest = fillDocs(db, 'search_rest', allOf([visible, { sql: 'd.doc NOT IN (SELECT doc FROM temp.search_hits)', params: [] }]))
      const restCounts = countDocsFor(db, sources, 'search_rest', rest, total)
      for (const field of sources.keys()) facets.set(field, subtractCounts(all.get(field) ?? new Map(), restCounts.get(field) ?? new Map()))
      return facets
    }
  }
  return countDocsFor(db, sources, 'search_hits', count, total)
}

/** No query and no filter: every visible dataset. */
function searchAll(db: Sqlite, request: SearchRequest, visible: Condition): SearchOutcome {
  const where = whereOf(visible)
  const count = countWhere(db, where)
  const order = orderBy(request.sort, false)
  const ids = prepareQuery(db, `SELECT d.package_id FROM search_docs d WHERE ${where.sql} ORDER BY ${order.sql} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...where.params, ...order.params, request.rows, request.start) as string[]
  const sources = new Map(request.facetFields.map((field): [string, FacetSource] => [field, facetSource(field)]))
  const facets = sources.size ? countVisible(db, sources, request.visibility, visible) : new Map()
  return { count, ids, facets }
}

function countWhere(db: Sqlite, where: SqlCondition): number {
  return prepareQuery(db, `SELECT count(*) FROM search_docs d WHERE ${where.sql}`).pluck().get(...where.params) as number
}
