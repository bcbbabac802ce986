/** CKAN's vocabulary_update: rename a vocabulary and/or replace its tags. */
import { sql } from '../../db/statements.ts'
import { defineAction } from '../../define-action.ts'
import { validateOrThrow } from '../../validate/navl.ts'
import { ignoreMissing, unicodeSafe } from '../../validate/validators.ts'
import { requireSysadminFor } from './sysadmin-only.ts'
import { vocabularyDict } from './tag-rows.ts'
import { vocabularyNameValidator, vocabularyTags } from './tag-validators.ts'
import { saveVocabularyTags } from './tag-writes.ts'
import { vocabularyFromParams } from './vocabulary-ref.ts'

export const vocabulary_update = defineAction('vocabulary_update', {
  auth(ctx, params) {
    vocabularyFromParams(ctx, params) // CKAN finds the vocabulary (or 404s) before its auth check
    requireSysadminFor(ctx, 'vocabulary_update')
  },
  help: `Update a tag vocabulary.

    You must be a sysadmin to update vocabularies.

    For further parameters see :py:func:\`vocabulary_create\`.

    :param id: the id of the vocabulary to update
    :type id: string

    :returns: the updated vocabulary
    :rtype: dictionary
    `,
  run(ctx, params) {
    const vocabulary = vocabularyFromParams(ctx, params)
    // Mirrors CKAN: sending the current name again is no rename, so it is not "already in use".
    const request: Record<string, unknown> = { ...params, id: vocabulary.id }
    if (request.name === vocabulary.name) delete request.name
    const data = validateOrThrow(
      { name: [ignoreMissing, unicodeSafe, vocabularyNameValidator], tags: [vocabularyTags] },
      request,
      ctx,
    )
    const names = data.tags as string[] | undefined
    if (typeof data.name === 'string') sql(ctx.db, 'UPDATE vocabularies SET name = ? WHERE id = ?').run(data.name, vocabulary.id)
    if (names) saveVocabularyTags(ctx, vocabulary.id, names)
    return vocabularyDict(ctx.db, { id: vocabulary.id, name: (data.name as string | undefined) ?? vocabulary.name })
  },
})
