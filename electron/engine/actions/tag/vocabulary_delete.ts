/** CKAN's vocabulary_delete: a vocabulary goes, and its tags with it. */
import { sql } from '../../db/statements.ts'
import { defineAction } from '../../define-action.ts'
import { requireSysadminFor } from './sysadmin-only.ts'
import { vocabularyTags } from './tag-rows.ts'
import { deleteTags } from './tag-writes.ts'
import { vocabularyFromParams } from './vocabulary-ref.ts'

export const vocabulary_delete = defineAction('vocabulary_delete', {
  readsSearchIndex: true, // the datasets that carry its tags (search/tag-datasets.ts)
  auth(ctx, params) {
    vocabularyFromParams(ctx, params) // CKAN finds the vocabulary (or 404s) before its auth check
    requireSysadminFor(ctx, 'vocabulary_delete')
  },
  help: `Remove a tag vocabulary along with all of its tags.

    Sysadmins only. Datasets that used any of those tags lose them.

    :param id: id or name of the vocabulary
    :type id: string
    `,
  run(ctx, params) {
    const vocabulary = vocabularyFromParams(ctx, params)
    deleteTags(ctx, vocabularyTags(ctx.db, vocabulary.id).map((tag) => tag.id))
    sql(ctx.db, 'DELETE FROM vocabularies WHERE id = ?').run(vocabulary.id)
    return null
  },
})
