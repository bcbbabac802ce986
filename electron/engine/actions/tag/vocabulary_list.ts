/** CKAN's vocabulary_list: every tag vocabulary with its tags. */
import { sql } from '../../db/statements.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { vocabularyDict, type VocabularyRow } from './tag-rows.ts'

export const vocabulary_list = defineAction('vocabulary_list', {
  readOnly: true,
  auth: anyone,
  help: `List every tag vocabulary, each with its tags.

    Anyone may call this. Vocabularies come in the order they were made.

    :rtype: list of dictionaries
    `,
  run(ctx) {
    const rows = sql(ctx.db, 'SELECT id, name FROM vocabularies ORDER BY rowid').all() as VocabularyRow[]
    return rows.map((row) => vocabularyDict(ctx.db, row))
  },
})
