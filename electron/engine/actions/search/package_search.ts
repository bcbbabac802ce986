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
  help: `Searches for packages satisfying a given search criteria.

This action accepts solr search query parameters (details below), and
returns a dictionary of results, including dictized datasets that match
the search criteria, a search count and also facet information.

:param q: the solr query.  Optional.  Default: \`\`"*:*"\`\`
:type q: string
:param fq: any filter queries to apply.
:type fq: string
:param fq_list: additional filter queries to apply.
:type fq_list: list of strings
:param sort: sorting of the search results.  Optional.  Default:
    \`\`'score desc, metadata_modified desc'\`\`.
:type sort: string
:param rows: the maximum number of matching rows (datasets) to return.
    (optional, default: \`\`10\`\`, upper limit: \`\`1000\`\`)
:type rows: int
:param start: the offset in the complete result for where the set of
    returned datasets should begin.
:type start: int
:param facet: whether to enable faceted results.  Default: \`\`True\`\`.
:type facet: string
:param facet.mincount: the minimum counts for facet fields should be
    included in the results.
:type facet.mincount: int
:param facet.limit: the maximum number of values the facet fields return.
    A negative value means unlimited. Default: \`\`50\`\`.
:type facet.limit: int
:param facet.field: the fields to facet upon.  Default empty.
:type facet.field: list of strings
:param include_drafts: if \`\`True\`\`, draft datasets will be included in the
    results. A user will only be returned their own draft datasets, and a
    sysadmin will be returned all draft datasets. Optional, the default is
    \`\`False\`\`.
:type include_drafts: bool
:param include_deleted: if \`\`True\`\`, deleted datasets will be included in the
    results (site configuration "ckan.search.remove_deleted_packages" must
    be set to False). Optional, the default is \`\`False\`\`.
:type include_deleted: bool
:param include_private: if \`\`True\`\`, private datasets will be included in
    the results. Only private datasets from the user's organizations will be
    returned and sysadmins will be returned all private datasets.
    Optional, the default is \`\`False\`\`.
:type include_private: bool
:param use_default_schema: use default package schema instead of
    a custom schema defined with an IDatasetForm plugin (default: \`\`False\`\`)
:type use_default_schema: bool

The following advanced Solr parameters are supported as well. Note that
some of these are only available on particular Solr versions. See Solr's
\`dismax\`_ and \`edismax\`_ documentation for further details on them:

\`\`qf\`\`, \`\`wt\`\`, \`\`bf\`\`, \`\`boost\`\`, \`\`tie\`\`, \`\`defType\`\`, \`\`mm\`\`

**Results:**

The result of this action is a dict with the following keys:

:rtype: A dictionary with the following keys
:param count: the number of results found.  Note, this is the total number
    of results found, not the total number of results returned (which is
    affected by limit and row parameters used in the input).
:type count: int
:param results: ordered list of datasets matching the query, where the
    ordering defined by the sort parameter used in the query.
:type results: list of dictized datasets.
:param facets: DEPRECATED.  Aggregated information about facet counts.
:type facets: DEPRECATED dict
:param search_facets: aggregated information about facet counts.  The outer
    dict is keyed by the facet field name (as used in the search query).
    Each entry of the outer dict is itself a dict, with a "title" key, and an
    "items" key.  The "items" key's value is a list of dicts, each with
    "count", "display_name" and "name" entries.  The display_name is a
    form of the name that can be used in titles.
:type search_facets: nested dict of dicts.`,
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
