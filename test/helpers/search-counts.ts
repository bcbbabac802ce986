/**
 * The facet counts search_counts must hold, counted afresh from the index's
 * rows (search_terms keys read back as field names).
 */
import type { Sqlite } from '../../electron/engine/db/open.ts'
import { termFieldName } from '../../electron/engine/search/term-fields.ts'

export function recountFacets(db: Sqlite): unknown[] {
  db.function('term_field_name', { deterministic: true }, (key: unknown) => termFieldName(key as number | string))
  return db
    .prepare(
      `SELECT term_field_name(t.field) AS field, t.value, d.state, d.private, d.label, count(*) AS n
       FROM search_terms t JOIN search_docs d ON d.doc = t.doc
       WHERE term_field_name(t.field) IN ('tags', 'groups', 'organization', 'license_id', 'res_format') GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
    )
    .all()
}
