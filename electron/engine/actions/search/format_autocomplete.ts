/** format_autocomplete: resource formats containing a string, most used first. */
import { sql } from '../../db/statements.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { autocompleteSchema, likeContaining } from './autocomplete-schema.ts'

/** Resource formats containing a string, most used first, lower-cased. */
export const format_autocomplete = defineAction('format_autocomplete', {
  readOnly: true,
  auth: anyone,
  schema: autocompleteSchema,
  help: `Suggest resource formats that contain the given text.

Formats of active resources are matched anywhere, ignoring case, and
returned in lower case, the most used first.

:param q: text to look for
:type q: string
:param limit: most suggestions to return (optional, default: 5)
:type limit: int

:rtype: list of strings`,
  run(ctx, data) {
    // Mirrors CKAN: active resources of any dataset, grouped by format, lower-cased on the way out.
    const rows = sql(
      ctx.db,
      `SELECT format, count(*) AS total FROM resources
       WHERE state = 'active' AND format LIKE ? ESCAPE '\\' AND format != ''
       GROUP BY format ORDER BY total DESC, format LIMIT ?`,
    ).all(likeContaining(String(data.q)), (data.limit as number | undefined) ?? 5) as { format: string }[]
    return rows.map((row) => row.format.toLowerCase())
  },
})
