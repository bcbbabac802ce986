/** resource_search: resources of public active datasets whose fields contain the given terms. */
import { anyone, defineAction } from '../../define-action.ts'
import { uploadUrl, type ResourceDict } from '../../packages/store.ts'
import { ignoreMissing, intOr, naturalNumber, unicodeSafe } from '../../validate/validators.ts'
import { likeContaining } from './autocomplete-schema.ts'
import { isodate } from '../../packages/isodate.ts'
import { exactColumns, orderColumns, resourceCriteria } from './resource-query.ts'

/** Resources of public active datasets matching field:term criteria. */
export const resource_search = defineAction('resource_search', {
  readOnly: true,
  auth: anyone,
  schema: {
    query: [ignoreMissing],
    fields: [ignoreMissing],
    order_by: [ignoreMissing, unicodeSafe],
    offset: [ignoreMissing, naturalNumber],
    limit: [ignoreMissing, naturalNumber],
  },
  help: `Find resources of public, active datasets by field:term criteria.

Each criterion is a "field:term" string. The field must be a column of
the resource table (url, format, name, description, hash, mimetype and
so on). The term matches when it appears anywhere in the field's value,
ignoring case; for hash it must be the start of the value. With several
criteria a resource must satisfy all of them.

:param query: one criterion, or a list of them
:type query: string or list of strings
:param fields: older form: a dictionary of field to terms, string terms
    split on spaces; not allowed together with query
:type fields: dictionary
:param order_by: a resource field to sort by, ascending (optional;
    otherwise dataset by dataset, in resource order)
:type order_by: string
:param offset: how many matches to skip (optional, default: 0)
:type offset: int
:param limit: most resources to return (optional, default: all)
:type limit: int

:returns: count (all matches, whatever limit and offset) and results
    (the resources)
:rtype: dictionary`,
  run(ctx, data) {
    const criteria = resourceCriteria(data)
    const conditions: string[] = []
    const params: unknown[] = []
    for (const [field, terms] of criteria) {
      for (const term of terms) {
        if (exactColumns.has(field)) {
          // A number or a date is compared whole, as the database compares `size = '257'`.
          conditions.push('json_extract(r.value, ?) = ?')
          params.push(`$."${field}"`, exactTerm(field, term))
          continue
        }
        // Text is a case-insensitive substring (hash a prefix); an empty field matches nothing, as NULL does.
        conditions.push(`json_extract(r.value, ?) LIKE ? ESCAPE '\\'`)
        params.push(`$."${field}"`, field === 'hash' ? `${likeContaining(term).slice(1)}` : likeContaining(term))
      }
    }
    const where = `p.state = 'active' AND p.private = 0 AND ifnull(json_extract(r.value, '$.state'), 'active') = 'active'
      ${conditions.map((c) => `AND ${c}`).join(' ')}`
    const from = `FROM packages p, json_each(unpack_json(p.data), '$.resources') r WHERE ${where}`
    const count = ctx.db.prepare(`SELECT count(*) ${from}`).pluck().get(...params) as number
    const orderBy = typeof data.order_by === 'string' && orderColumns.has(data.order_by) ? data.order_by : null
    // PostgreSQL puts NULLs last in an ascending order; SQLite puts them first unless told.
    const order = orderBy ? `json_extract(r.value, '$."${orderBy}"') IS NULL, json_extract(r.value, '$."${orderBy}"'), ` : ''
    const rows = ctx.db
      .prepare(`SELECT p.id AS package_id, r.value AS resource ${from} ORDER BY ${order}p.rowid, r.key LIMIT ? OFFSET ?`)
      .all(...params, intOr(data.limit, -1), intOr(data.offset, 0)) as {
      package_id: string
      resource: string
    }[]
    const results = rows.map(({ package_id, resource }) => {
      const dict = JSON.parse(resource) as ResourceDict
      if (dict.url_type === 'upload' && typeof dict.url === 'string') dict.url = uploadUrl(ctx, package_id, dict.id, dict.url)
      return dict
    })
    return { count, results }
  },
})

/** A term for a number or date column, in the stored form; one that cannot be such a value matches nothing. */
function exactTerm(field: string, term: string): string | number | null {
  if (field === 'size') return /^\s*[-+]?\d+\s*$/.test(term) ? Number.parseInt(term, 10) : null
  return isodate(term.trim()) ?? null
}
