/** package_search: CKAN's dataset search, its query language and facets, over the local index. */
import { anyone, defineAction } from '../../define-action.ts'
import { shapeFacets } from '../../search/facet-output.ts'
import { runSearch } from '../../search/run-search.ts'
import { packageSearchSchema, refuseUnknownParams } from './search-params.ts'
import { planSearch } from './search-request.ts'
import { datasetsOf, fieldsOf } from './search-results.ts'

/** CKAN's dataset search: query language, filters, sort, paging and facets. */
export const package_search = defineAction('package_search', {
  readOnly: true,
  readsSearchIndex: true,
  auth: anyone, // visibility is enforced by the search itself (permission labels)
  schema: packageSearchSchema,
  help: `Find datasets with a Solr-style query, with paging, sorting and facet counts.

Shelfmark answers from its own local index, reading the query syntax
clients use with CKAN: plain words, field:value terms, boolean operators
and ranges. Only datasets the caller may see are returned. Unknown
parameters are refused, except keys starting with "ext_".

:param q: the query; empty or absent matches every dataset (optional)
:type q: string
:param fq: a filter query, or a list of them, that results must also
    satisfy (optional)
:type fq: string
:param fq_list: more filter queries (optional)
:type fq_list: list of strings
:param sort: comma-separated "field asc" / "field desc" clauses
    (optional, default: "score desc, metadata_modified desc")
:type sort: string
:param rows: page size (optional, default: 10, at most 1000, the setting
    ckan.search.rows_max)
:type rows: int
:param start: how many matches to skip (optional, default: 0)
:type start: int
:param fl: send back only these index fields of each dataset rather than
    the whole dataset; "*" for every stored one (optional)
:type fl: list of strings, or one string
:param facet.field: fields whose values should be counted (optional)
:type facet.field: list of strings, or its JSON text
:param facet: "false" switches facet counting off (optional, default: on)
:type facet: string
:param facet.limit: most values listed per facet field, negative for no
    limit (optional, default: 50, the setting search.facets.limit)
:type facet.limit: int
:param facet.mincount: smallest count a value needs to be listed
    (optional, default: 1)
:type facet.mincount: int
:param include_private: add the private datasets the caller may read
    (optional, default: false)
:type include_private: bool
:param include_drafts: add the draft datasets the caller may read
    (optional, default: false)
:type include_drafts: bool
:param include_deleted: add the deleted datasets the caller may read
    (optional, default: false)
:type include_deleted: bool
:param use_default_schema: accepted for compatibility; has no effect
:type use_default_schema: bool

defType ("dismax" unless set to "edismax") and mm tune how plain words
are matched. qf, wt, bf, boost, tie, df and extras are accepted and
ignored.

:returns: count (all matches, not only this page), results (this page's
    datasets, shaped like package_show's result), sort (the sort used),
    search_facets (per field: a title and items with name, display_name
    and count) and facets (the same counts as value-to-count maps, kept
    for older clients)
:rtype: dictionary`,
  run(ctx, data) {
    refuseUnknownParams(data)
    const plan = planSearch(ctx, data)
    const outcome = runSearch(ctx.db, plan.request)
    const datasets = datasetsOf(ctx, outcome.ids)
    const shaped = plan.faceted
      ? shapeFacets(ctx.db, outcome.facets, plan.facetLimit, plan.facetMinCount)
      : { facets: {}, search_facets: {} }
    return {
      count: outcome.count,
      facets: shaped.facets,
      results: Array.isArray(data.fl) && data.fl.length ? fieldsOf(datasets, data.fl as string[]) : datasets,
      sort: plan.sort,
      search_facets: shaped.search_facets,
    }
  },
})
