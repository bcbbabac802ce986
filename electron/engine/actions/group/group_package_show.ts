/**
 * CKAN's group_package_show: a group's datasets, found as CKAN finds them, by
 * a search filtered on the group's name, so only active public datasets come
 * back, most recently modified first, 10 unless a limit is given.
 */
import { anyone, defineAction } from '../../define-action.ts'
import { notFound, ValidationError } from '../../errors.ts'
import { findGroupRow } from '../../groups/store.ts'
import { runSearch } from '../../search/run-search.ts'
import { validateOrThrow } from '../../validate/navl.ts'
import { packageSearchSchema } from '../search/search-params.ts'
import { planSearch } from '../search/search-request.ts'
import { datasetsOf } from '../search/search-results.ts'
import { requireShowGroup } from './make-show.ts'

const badLimit = 'Limit must be a positive integer'

export const group_package_show = defineAction('group_package_show', {
  readOnly: true,
  readsSearchIndex: true,
  // CKAN looks the group up first (404), then applies group_show's rule.
  auth: anyone,
  help: `List the datasets of a group, most recently modified first.

Only active public datasets are listed, each shaped like package_show's
result. An organization's id or name is accepted but lists nothing: use
package_search with fq=owner_org:ID for an organization's datasets.

:param id: id or name of the group
:type id: string
:param limit: the most datasets to list (optional, default: 10, at most 1000)
:type limit: int

:rtype: list of dictionaries`,
  run(ctx, params) {
    if (!('id' in params)) throw new ValidationError({ id: ['Missing value'] })
    const rows = rowsOf(params.limit)
    const group = findGroupRow(ctx.db, params.id) ?? notFound()
    // group_show's rule on the request as sent: asking for users while user details are private takes membership.
    requireShowGroup(ctx, group, params)
    // The group filter as CKAN writes it: an organization's name matches no dataset's groups.
    const search = validateOrThrow(packageSearchSchema, { fq: `groups:"${group.name}"`, rows }, ctx)
    return datasetsOf(ctx, runSearch(ctx.db, planSearch(ctx, search).request).ids)
  },
})

/**
 * The search's rows for `limit`: CKAN reads a truthy limit with Python's
 * int() (a negative one or one int() refuses is a 409), and passes a falsy
 * one on as it is (0 lists nothing, an empty one means the search's 10).
 */
function rowsOf(limit: unknown): number | undefined {
  if (limit === undefined || limit === null || limit === '') return undefined
  if (limit === 0 || limit === false) return 0
  let number = NaN
  if (typeof limit === 'number') number = Math.trunc(limit)
  else if (limit === true) number = 1
  else if (typeof limit === 'string' && /^\s*[+-]?\d+\s*$/.test(limit)) number = Number(limit.trim())
  if (!Number.isFinite(number) || number < 0) throw new ValidationError({ message: badLimit })
  return number
}
