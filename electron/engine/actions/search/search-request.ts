/**
 * A validated package_search call turned into a SearchRequest: the query
 * parsed as CKAN hands it to Solr, the filters CKAN adds (capacity, state,
 * permission labels), the sort and the facet settings.
 */
import type { Context } from '../../context.ts'
import { SearchError } from '../../errors.ts'
import { parseQuery } from '../../search/parse-query.ts'
import { pyRepr } from '../../search/py-repr.ts'
import { asbool } from '../../validate/validators.ts'
import type { SearchRequest } from '../../search/run-search.ts'
import { defaultSort, parseSort } from '../../search/sort.ts'
import { visibilityFor } from '../../search/visibility.ts'
import { ckanMinimumMatch } from '../../search/min-should-match.ts'

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

/**
 * CKAN (2.10.4 on) refuses Solr local parameters (`{!func}...`) in every
 * string or list parameter it passes to Solr, naming the first it finds.
 */
function refuseLocalParameters(data: Record<string, unknown>): void {
  for (const [param, value] of Object.entries(data)) {
    if (param.startsWith('include_') || param.startsWith('ext_')) continue // not sent to Solr
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string' && item.trim().startsWith('{!')) {
        throw new SearchError(pyRepr(`Local parameters are not supported in param '${param}'.`))
      }
    }
  }
}

/** Plans a package_search from its validated parameters. */
export function planSearch(ctx: Context, data: Record<string, unknown>): PackageSearchPlan {
  refuseLocalParameters(data)
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
  // CKAN replaces only a missing sort or "rank" with the default; an empty one reaches Solr (which
  // then ranks by score) and is echoed as sent.
  const echoedSort = typeof data.sort === 'string' && data.sort !== 'rank' ? data.sort : defaultSort
  const facetFields = Array.isArray(data['facet.field']) ? [...new Set(data['facet.field'] as string[])] : []
  const faceted = facetFields.length > 0 && String(data.facet ?? 'true').toLowerCase() !== 'false'
  const visibility = visibilityFor(ctx, {
    // asbool, as package_search reads them; a string it does not know (a 500 in CKAN) is false.
    includePrivate: asbool(data.include_private) === true,
    includeDrafts: asbool(data.include_drafts) === true,
    includeDeleted: asbool(data.include_deleted) === true,
    fqFiltersState: fq.some((text) => text.includes('+state')),
  })
  return {
    request: {
      q: query,
      filters,
      visibility,
      sort: parseSort(sort),
      rows: data.rows as number,
      // int_validator leaves "" as it is (CKAN then fails with a 500); no start is the first row.
      start: typeof data.start === 'number' ? data.start : 0,
      facetFields: faceted ? facetFields : [],
    },
    sort: echoedSort,
    faceted,
    facetLimit: typeof data['facet.limit'] === 'number' ? data['facet.limit'] : ctx.config.searchFacetsLimit,
    facetMinCount: typeof data['facet.mincount'] === 'number' ? data['facet.mincount'] : 1,
  }
}
