/**
 * CKAN's `sort` parameter ("field dir, field dir") as an SQL ORDER BY over
 * search_docs `d` and the hit scores `h`. Solr sorts missing values last.
 */
import { SearchError, SearchQueryError } from '../errors.ts'
import type { SqlCondition } from './condition.ts'
import { fieldKind } from './fields.ts'
import { pyRepr } from './py-repr.ts'
import { termFieldKey } from './term-fields.ts'

/** One `field dir` of a sort. */
export type SortKey = { field: string; descending: boolean }

/** CKAN's default sort (ckan.search.default_package_sort). */
export const defaultSort = 'score desc, metadata_modified desc'

const notNullColumns = new Set(['name', 'title', 'package_id', 'state', 'type', 'metadata_created', 'metadata_modified', 'num_resources', 'num_tags', 'label'])

/** Parses a sort spec; anything Solr would refuse is CKAN's 400 `Invalid "sort" parameter`. */
export function parseSort(spec: string): SortKey[] {
  const keys = spec.split(',').map((part) => /^\s*([^\s,]+)\s+(asc|desc)\s*$/i.exec(part))
  if (!keys.length || keys.some((match) => !match)) throw new SearchQueryError(pyRepr('Invalid "sort" parameter'))
  return keys.map((match) => {
    const [, field, direction] = match as RegExpExecArray
    return { field, descending: direction.toLowerCase() === 'desc' }
  })
}

/** ORDER BY text and its parameters; `score` applies only when hits carry scores. */
export function orderBy(keys: SortKey[], withScore: boolean): SqlCondition {
  const terms: string[] = []
  const params: unknown[] = []
  for (const { field, descending } of keys) {
    const direction = descending ? 'DESC' : 'ASC'
    if (field === 'score') {
      if (withScore) terms.push(`h.score ${direction}`)
      continue
    }
    const kind = fieldKind(field === 'title' ? 'title_string' : field)
    if (kind.kind === 'column') {
      const nulls = notNullColumns.has(kind.column) ? '' : ' NULLS LAST'
      terms.push(`d.${kind.column} ${direction}${nulls}`)
    } else if (kind.kind === 'capacity' || kind.kind === 'private') {
      terms.push(`d.private ${direction}`)
    } else if (kind.kind === 'terms' || kind.kind === 'organization' || kind.kind === 'groups' || kind.kind === 'fieldText') {
      const name = kind.kind === 'terms' || kind.kind === 'fieldText' ? kind.field : kind.kind
      terms.push(`(SELECT min(value) FROM search_terms t WHERE t.doc = d.doc AND t.field = ?) ${direction} NULLS LAST`)
      params.push(termFieldKey(name))
    } else if (kind.kind === 'text') {
      throw new SearchError(pyRepr(`can not sort on a tokenised text field: ${field}`))
    }
  }
  // Ties keep index order, in the direction of the last key so an index can serve the whole ORDER BY.
  const last = keys.length ? keys[keys.length - 1].descending : false
  terms.push(`d.doc ${last ? 'DESC' : 'ASC'}`)
  return { sql: terms.join(', '), params }
}
