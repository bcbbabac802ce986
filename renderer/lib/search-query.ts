/**
 * Builds package_search parameters from the catalog's UI state.
 *
 * Facet filters become `field:"value"` clauses ANDed in `fq`, as CKAN's own
 * dataset search page does; values are quoted and escaped for Lucene.
 */
import type { SearchParams } from '../../shared/actions.ts'

/** The facet fields the catalog sidebar shows, in order. */
export const facetFields = ['organization', 'groups', 'tags', 'res_format', 'license_id'] as const

/** One of the sidebar's facet fields. */
export type FacetField = (typeof facetFields)[number]

/** Selected facet values per field. */
export type Filters = Partial<Record<FacetField, string[]>>

/** Human titles for the facet fields. */
export const facetTitles: Record<FacetField, string> = {
  organization: 'Organizations',
  groups: 'Groups',
  tags: 'Tags',
  res_format: 'Formats',
  license_id: 'Licenses',
}

/** The sort orders offered, as CKAN sort strings. */
export const sortOptions = [
  { value: 'score desc, metadata_modified desc', label: 'Relevance' },
  { value: 'metadata_modified desc', label: 'Last modified' },
  { value: 'metadata_created desc', label: 'Newest' },
  { value: 'title_string asc', label: 'Title A–Z' },
  { value: 'title_string desc', label: 'Title Z–A' },
  { value: 'name asc', label: 'Name' },
] as const

/** The index fields a list row shows (package_search `fl`); see DatasetSummary. */
export const listFields = 'id,name,title,organization,num_resources,res_format,private,state,metadata_modified'

/** The default sort: relevance, then most recently modified (CKAN's default). */
export const defaultSort = sortOptions[0].value

/** A value quoted for a Lucene field clause. */
export function quoteValue(value: string): string {
  return `"${value.replace(/(["\\])/g, '\\$1')}"`
}

/** The `fq` string for a set of filters ('' when none). */
export function filterQuery(filters: Filters): string {
  const clauses: string[] = []
  for (const field of facetFields) {
    for (const value of filters[field] ?? []) clauses.push(`${field}:${quoteValue(value)}`)
  }
  return clauses.join(' AND ')
}

/** The search parameters for one page of results, or (rows 0, start 0) for the facet counts alone. */
export function searchParams(query: string, filters: Filters, sort: string, start: number, rows: number): SearchParams {
  const params: SearchParams = {
    q: query.trim(),
    sort,
    start,
    rows,
    include_private: true,
    include_drafts: true,
  }
  const fq = filterQuery(filters)
  if (fq) params.fq = fq
  if (start === 0 && rows === 0) {
    params['facet.field'] = JSON.stringify(facetFields)
    params['facet.limit'] = 50
  } else {
    params.facet = 'false'
    params.fl = listFields
  }
  return params
}

/** Filters with `value` toggled on or off for `field`. */
export function toggleFilter(filters: Filters, field: FacetField, value: string): Filters {
  const current = filters[field] ?? []
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  const result: Filters = { ...filters, [field]: next }
  if (next.length === 0) delete result[field]
  return result
}
