/**
 * Facet counts: how many matching datasets carry each value of a field.
 * Values in search_terms are counted from its covering indexes; the datasets
 * everyone sees (pub = 1) are one index range, so a `*:*` search counts them
 * without touching search_docs, and only the caller's extra datasets (private,
 * drafts) are counted one by one.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import type { SqlCondition } from './condition.ts'
import { fieldKind } from './fields.ts'

export type FacetSource = { kind: 'terms'; field: string } | { kind: 'column'; expression: string } | { kind: 'none' }
export type Counts = Map<string, number>

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
 * Counts over the datasets in temp.search_hits. Few hits: look up each hit's
 * values; many: scan the field's values and test membership.
 */
export function countHits(db: Sqlite, source: FacetSource, hits: number, total: number): Counts {
  if (source.kind === 'none' || hits === 0) return new Map()
  if (source.kind === 'column') {
    return collect(
      sql(db, `SELECT ${source.expression} AS value, count(*) AS n FROM temp.search_hits h CROSS JOIN search_docs d ON d.doc = h.doc GROUP BY 1`).raw().all(),
    )
  }
  const statement =
    hits * 4 < total
      ? sql(db, 'SELECT t.value, count(*) FROM temp.search_hits h CROSS JOIN search_terms t ON t.doc = h.doc AND t.field = ? GROUP BY t.value')
      : sql(db, 'SELECT value, count(*) FROM search_terms WHERE field = ? AND pub IN (0, 1) AND doc IN (SELECT doc FROM temp.search_hits) GROUP BY value')
  return collect(statement.raw().all(source.field))
}

/** Counts over every active public dataset (the pub = 1 range of the index). */
export function countPublic(db: Sqlite, source: FacetSource): Counts {
  if (source.kind === 'none') return new Map()
  if (source.kind === 'column') {
    return collect(sql(db, `SELECT ${source.expression} AS value, count(*) FROM search_docs d WHERE d.pub = 1 GROUP BY 1`).raw().all())
  }
  return collect(sql(db, 'SELECT value, count(*) FROM search_terms WHERE field = ? AND pub = 1 GROUP BY value').raw().all(source.field))
}

/** Counts of a column facet over the datasets matching a condition on `d`. */
export function countColumnWhere(db: Sqlite, source: FacetSource, where: SqlCondition): Counts {
  if (source.kind !== 'column') return new Map()
  return collect(db.prepare(`SELECT ${source.expression} AS value, count(*) FROM search_docs d WHERE ${where.sql} GROUP BY 1`).raw().all(...where.params))
}

/** Adds the counts of `more` into `into`. */
export function addCounts(into: Counts, more: Counts): Counts {
  for (const [value, n] of more) into.set(value, (into.get(value) ?? 0) + n)
  return into
}

function collect(rows: unknown[]): Counts {
  const counts: Counts = new Map()
  for (const [value, n] of rows as [unknown, number][]) if (value !== null && value !== '') counts.set(String(value), n)
  return counts
}
