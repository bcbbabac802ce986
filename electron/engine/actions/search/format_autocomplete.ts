/** format_autocomplete: resource formats containing a string, most used first. */
import { intOr } from '../../validate/validators.ts'
import { sql } from '../../db/statements.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { readerParams } from '../../auth/roles.ts'
import { readableDoc } from '../../search/visibility.ts'
import { autocompleteSchema, likeContaining } from './autocomplete-schema.ts'

/** Resource formats containing a string, most used first, lower-cased. */
export const format_autocomplete = defineAction('format_autocomplete', {
  readOnly: true,
  readsSearchIndex: true, // which datasets the caller may read (search_docs)
  auth: anyone,
  schema: autocompleteSchema,
  help: `Suggest resource formats that contain the given text.

Formats of the active resources of datasets the caller may read are
matched anywhere, ignoring case, and returned in lower case, the most
used first.

:param q: text to look for
:type q: string
:param limit: most suggestions to return (optional, default: 5)
:type limit: int

:rtype: list of strings`,
  run(ctx, data) {
    // As CKAN: active resources grouped by format, lower-cased on the way out. Unlike CKAN (which
    // counts every dataset's), only datasets the caller may read count, as tag_list: a format is
    // free text and must not carry words out of private, draft or deleted datasets (README).
    const rows = sql(
      ctx.db,
      `SELECT r.format, count(*) AS total FROM resources r JOIN search_docs d ON d.package_id = r.package_id
       WHERE r.state = 'active' AND r.format LIKE @q ESCAPE '\\' AND r.format != '' AND d.state = 'active'
         AND ${readableDoc}
       GROUP BY r.format ORDER BY total DESC, r.format LIMIT @limit`,
    ).all({ ...readerParams(ctx), q: likeContaining(String(data.q)), limit: intOr(data.limit, 5) }) as { format: string }[]
    return rows.map((row) => row.format.toLowerCase())
  },
})
