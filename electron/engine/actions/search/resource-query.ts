/**
 * resource_search's criteria: CKAN's `query` ("field:term" strings) or the
 * deprecated `fields` dict, checked against the resource columns CKAN has.
 */
import { ValidationError } from '../../errors.ts'

/** CKAN 2.10's Resource.get_columns() (CORE_RESOURCE_COLUMNS): the fields resource_search accepts. */
export const resourceColumns = new Set([
  'url', 'format', 'description', 'hash', 'name', 'resource_type', 'mimetype', 'mimetype_inner', 'size', 'created',
  'last_modified', 'metadata_modified', 'cache_url', 'cache_last_updated', 'url_type',
])

/** The fields order_by sorts on: CKAN orders by any column of its Resource model (the search fields, id, package_id, position, state). */
export const orderColumns = new Set([...resourceColumns, 'id', 'package_id', 'position', 'state'])

/** Of those, the columns that are not text (a number, dates): CKAN compares them whole, not as substrings. */
export const exactColumns = new Set(['size', 'created', 'last_modified', 'metadata_modified', 'cache_last_updated'])

/** field → terms, as CKAN builds it (a field given twice in `query` keeps its last term). */
export function resourceCriteria(data: Record<string, unknown>): Map<string, string[]> {
  // Mirrors CKAN: a null parameter counts as not given (it tests `is None`).
  const query = data.query ?? undefined
  const fields = data.fields ?? undefined
  if (query === undefined && fields === undefined) throw new ValidationError({ query: 'Missing value' })
  if (query !== undefined && fields !== undefined) {
    throw new ValidationError({ fields: 'Do not specify if using "query" parameter' })
  }
  const criteria = new Map<string, string[]>()
  if (query !== undefined) {
    for (const pair of Array.isArray(query) ? query : [query]) {
      const text = String(pair)
      const colon = text.indexOf(':')
      if (colon < 0) throw new ValidationError({ query: 'Must be <field>:<value> pair(s)' })
      criteria.set(text.slice(0, colon), [text.slice(colon + 1)])
    }
  } else if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    // CKAN 2.10 fails with a 500 (it calls fields.items()); Shelfmark says what it wants.
    throw new ValidationError({ fields: 'Must be a dict' })
  } else {
    // The legacy parameter splits string terms on whitespace.
    for (const [field, terms] of Object.entries(fields)) {
      criteria.set(field, Array.isArray(terms) ? terms.map(String) : String(terms).split(/\s+/).filter(Boolean))
    }
  }
  for (const field of criteria.keys()) {
    if (!resourceColumns.has(field)) {
      throw new ValidationError({ query: `Field "${field}" not recognised in resource_search.` })
    }
  }
  return criteria
}
