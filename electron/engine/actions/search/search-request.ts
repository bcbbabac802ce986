/**
 * A validated package_search call turned into a SearchRequest: the query
 * parsed as CKAN hands it to Solr, the filters CKAN adds (capacity, state,
 * permission labels), the sort and the facet settings.
 */
import type { Context } from '../../context.ts'
import { parseQuery } from '../../search/parse-query.ts'
import type { SearchRequest } from '../../search/run-search.ts'
import { defaultSort, parseSort } from '../../search/sort.ts'
import { visibilityFor } from '../../search/visibility.ts'
import { ckanMinimumMatch } from '../../search/min-should-match.ts'
import { defaultFacetLimit } from './search-params.ts'

/** A package_search ready to run, with what its result echoes. */
export type PackageSearchPlan = {
  request: SearchRequest
  /** The effective sort, echoed in the result. */
  sort: string
  /** Whether facets were asked for (facet.field given and facet not "false"). */
  faceted: boolean
  facetLimit: number
  facetMinCount: number
}

/** Plans a package_search from its validated parameters. */
export function planSearch(ctx: Context, data: Record<string, unknown>): PackageSearchPlan {
  const q = typeof data.q === 'string' ? data.q : ''
  const defType = typeof data.defType === 'string' ? data.defType : 'dismax'
  // Mirrors query.py: a colon-free q (or defType=edismax) goes to (e)DisMax with CKAN's mm.
  const dismax = !q.includes(':') || defType === 'edismax'
  const mm = dismax && (defType === 'dismax' || defType === 'edismax') ? (typeof data.mm === 'string' ? data.mm : ckanMinimumMatch) : undefined
  const query = parseQuery(q, { lenient: dismax && defType === 'dismax', mm })
  const fq = data.fq === undefined ? [] : Array.isArray(data.fq) ? (data.fq as string[]) : [data.fq as string]
  const fqList = (data.fq_list as string[] | undefined) ?? []
  const filters = [...fq, ...fqList].map((text) => parseQuery(text, { lenient: false }))
  const sort = typeof data.sort === 'string' && data.sort.trim() && data.sort !== 'rank' ? data.sort : defaultSort
  const facetFields = Array.isArray(data['facet.field']) ? [...new Set(data['facet.field'] as string[])] : []
  const faceted = facetFields.length > 0 && String(data.facet ?? 'true').toLowerCase() !== 'false'
  const visibility = visibilityFor(ctx, {
    includePrivate: data.include_private === true,
    includeDrafts: data.include_drafts === true,
    includeDeleted: data.include_deleted === true,
    fqFiltersState: fq.some((text) => text.includes('+state')),
  })
  return {
    request: {
      q: query,
      filters,
      visibility,
      sort: parseSort(sort),
      rows: data.rows as number,
      start: (data.start as number | undefined) ?? 0,
      facetFields: faceted ? facetFields : [],
    },
    sort,
    faceted,
    facetLimit: typeof data['facet.limit'] === 'number' ? data['facet.limit'] : defaultFacetLimit,
    facetMinCount: typeof data['facet.mincount'] === 'number' ? data['facet.mincount'] : 1,
  }
}
