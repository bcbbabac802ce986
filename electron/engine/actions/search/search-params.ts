/**
 * package_search's parameters: CKAN's schema, the Solr parameters it lets
 * through, and the unknown ones it refuses ("Invalid search parameters").
 */
import { SearchQueryError } from '../../errors.ts'
import { pyListRepr, pyRepr } from '../../search/py-repr.ts'
import type { Schema } from '../../validate/navl.ts'
import { convertToListIfString, listOfStrings, stringOrListOfStrings } from '../../validate/search.ts'
import {
  booleanValidator,
  convertToJsonIfString,
  ignoreMissing,
  intValidator,
  limitToConfiguredMaximum,
  naturalNumber,
  unicodeSafe,
  withDefault,
} from '../../validate/validators.ts'

/** Mirrors default_package_search_schema, plus the keys package_search pops before it reaches Solr. */
export const packageSearchSchema: Schema = {
  q: [ignoreMissing, unicodeSafe],
  fl: [ignoreMissing, convertToListIfString],
  fq: [ignoreMissing, stringOrListOfStrings],
  // A blank (all-space) value passes naturalNumber as blank: the default again (CKAN fails with a 500).
  rows: [withDefault(10), naturalNumber, withDefault(10), limitToConfiguredMaximum((config) => config.searchRowsMax)],
  sort: [ignoreMissing, unicodeSafe],
  start: [ignoreMissing, naturalNumber],
  qf: [ignoreMissing, unicodeSafe],
  facet: [ignoreMissing, unicodeSafe],
  'facet.mincount': [ignoreMissing, naturalNumber],
  'facet.limit': [ignoreMissing, intValidator],
  'facet.field': [ignoreMissing, convertToJsonIfString, listOfStrings],
  extras: [ignoreMissing],
  fq_list: [ignoreMissing, listOfStrings],
  // Not in CKAN's schema: package_search reads these with asbool (search-request.ts).
  include_private: [ignoreMissing],
  include_drafts: [ignoreMissing],
  include_deleted: [ignoreMissing],
  use_default_schema: [ignoreMissing, booleanValidator],
  mm: [ignoreMissing, unicodeSafe],
  defType: [ignoreMissing, unicodeSafe],
}

/** Keys package_search accepts: its schema's and the Solr parameters CKAN passes through (query.py). */
const known = new Set([...Object.keys(packageSearchSchema), 'wt', 'bf', 'boost', 'tie', 'df'])

/** Refuses keys CKAN does not know, with its message (plugins' ext_* keys are allowed). */
export function refuseUnknownParams(params: Record<string, unknown>): void {
  const unknown = Object.keys(params).filter((key) => !known.has(key) && !key.startsWith('ext_'))
  if (unknown.length) throw new SearchQueryError(pyRepr(`Invalid search parameters: ${pyListRepr(unknown)}`))
}
