/** resource_search: resources of public active datasets whose fields contain the given terms. */
import { anyone, defineAction } from '../../define-action.ts'
import { uploadUrl, type ResourceDict } from '../../packages/store.ts'
import { ignoreMissing, naturalNumber, unicodeSafe } from '../../validate/validators.ts'
import { likeContaining } from './autocomplete-schema.ts'
import { resourceColumns, resourceCriteria } from './resource-query.ts'

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
  help: `Searches for resources in public Datasets satisfying the search criteria.

It returns a dictionary with 2 fields: \`\`count\`\` and \`\`results\`\`.  The
\`\`count\`\` field contains the total number of Resources found without the
limit or query parameters having an effect.  The \`\`results\`\` field is a
list of dictized Resource objects.

The 'query' parameter is a required field.  It is a string of the form
\`\`{field}:{term}\`\` or a list of strings, each of the same form.  Within
each string, \`\`{field}\`\` is a field or extra field on the Resource domain
object.

If \`\`{field}\`\` is \`\`"hash"\`\`, then an attempt is made to match the
\`{term}\` as a *prefix* of the \`\`Resource.hash\`\` field.

If \`\`{field}\`\` is an extra field, then an attempt is made to match against
the extra fields stored against the Resource.

Note: The search is limited to search against extra fields declared in
the config setting \`\`ckan.extra_resource_fields\`\`.

Note: Due to a Resource's extra fields being stored as a json blob, the
match is made against the json string representation.  As such, false
positives may occur.

Otherwise, an attempt is made to match the \`{term}\` as a case-insensitive
substring of the \`{field}\` (so \`\`"name:cv"\`\` matches "CSV data").

All matches are made ignoring case; and apart from the \`\`"hash"\`\` field,
a term matches if it is a substring of the field's value.

Finally, when specifying more than one search criteria, the criteria are
AND-ed together.

The \`\`order\`\` parameter is used to control the ordering of the results.
Currently only ordering one field is available, and in ascending order
only.

The context may contain a flag, \`search_query\`, which if True will make
this action behave as if being used by the internal search api.  ie - the
results will not be dictized, and SearchErrors are thrown for bad search
queries (rather than ValidationErrors).

:param query: The search criteria.  See above for description.
:type query: string or list of strings of the form \`\`{field}:{term1}\`\`
:param order_by: A field on the Resource model that orders the results.
:type order_by: string
:param offset: Apply an offset to the query.
:type offset: int
:param limit: Apply a limit to the query.
:type limit: int

:returns:  A dictionary with a \`\`count\`\` field, and a \`\`results\`\` field.
:rtype: dict`,
  run(ctx, data) {
    const criteria = resourceCriteria(data)
    const conditions: string[] = []
    const params: unknown[] = []
    for (const [field, terms] of criteria) {
      for (const term of terms) {
        // Every term is a case-insensitive substring; hash is matched as a prefix.
        conditions.push(`ifnull(json_extract(r.value, ?), '') LIKE ? ESCAPE '\\'`)
        params.push(`$."${field}"`, field === 'hash' ? `${likeContaining(term).slice(1)}` : likeContaining(term))
      }
    }
    const where = `p.state = 'active' AND p.private = 0 AND ifnull(json_extract(r.value, '$.state'), 'active') = 'active'
      ${conditions.map((c) => `AND ${c}`).join(' ')}`
    const from = `FROM packages p, json_each(unpack_json(p.data), '$.resources') r WHERE ${where}`
    const count = ctx.db.prepare(`SELECT count(*) ${from}`).pluck().get(...params) as number
    const orderBy = typeof data.order_by === 'string' && resourceColumns.has(data.order_by) ? data.order_by : null
    const order = orderBy ? `json_extract(r.value, '$."${orderBy}"'), ` : ''
    const rows = ctx.db
      .prepare(`SELECT p.id AS package_id, r.value AS resource ${from} ORDER BY ${order}p.rowid, r.key LIMIT ? OFFSET ?`)
      .all(...params, (data.limit as number | undefined) ?? -1, (data.offset as number | undefined) ?? 0) as {
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
