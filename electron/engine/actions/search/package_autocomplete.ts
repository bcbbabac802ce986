/** package_autocomplete: datasets whose name or title contains a string. */
import { intOr } from '../../validate/validators.ts'
import { isSysadmin } from '../../context.ts'
import { userLabels } from '../../auth/roles.ts'
import { sql } from '../../db/statements.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { autocompleteSchema } from './autocomplete-schema.ts'

type Match = { name: string; title: string }

/** Datasets whose name or title contains a string, as {name, title, match_field, match_displayed}. */
export const package_autocomplete = defineAction('package_autocomplete', {
  readOnly: true,
  readsSearchIndex: true,
  auth: anyone,
  schema: autocompleteSchema,
  help: `Suggest datasets whose name or title contains the given text.

Only active datasets the caller may see are considered, and matching
ignores case. Datasets whose name, then whose title, starts with the
text come first. match_field tells whether the name or the title
matched; match_displayed is the text to show for the suggestion.

:param q: text to look for
:type q: string
:param limit: most datasets to return (optional, default: 10)
:type limit: int

:returns: dictionaries with name, title, match_field and match_displayed
:rtype: list of dictionaries`,
  run(ctx, data) {
    const q = String(data.q)
    // CKAN asks Solr for name:"" OR title:"" ..., which matches no dataset.
    if (q.trim() === '') return []
    const lower = q.toLowerCase()
    // Mirrors CKAN: an index query over active datasets the caller's labels allow (no capacity filter).
    const labels = isSysadmin(ctx) ? null : userLabels(ctx)
    const rows = sql(
      ctx.db,
      `SELECT name, title FROM search_docs d
         WHERE d.state = 'active' AND (@labels IS NULL OR d.label IN (SELECT value FROM json_each(@labels))
             OR 'collaborator-' || d.package_id IN (SELECT value FROM json_each(@labels)))
           AND (instr(lower(d.name), @text) > 0 OR instr(lower(d.title), @text) > 0)
         ORDER BY instr(lower(d.name), @text) = 1 DESC, instr(lower(d.title), @text) = 1 DESC, d.name
         LIMIT @limit`,
    ).all({ labels: labels && JSON.stringify(labels), text: lower, limit: intOr(data.limit, 10) }) as Match[]
    return rows.map((row) =>
      row.name.includes(lower)
        ? { name: row.name, title: row.title, match_field: 'name', match_displayed: row.name }
        : { name: row.name, title: row.title, match_field: 'title', match_displayed: `${row.title} (${row.name})` },
    )
  },
})
