/** CKAN's vocabulary_update: rename a vocabulary and/or replace its tags. */
import type { Context } from '../../context.ts'
import { sql } from '../../db/statements.ts'
import { defineAction } from '../../define-action.ts'
import { queueForIndex } from '../../search/index-queue.ts'
import { datasetsWithTags } from '../../search/tag-datasets.ts'
import { validateOrThrow } from '../../validate/navl.ts'
import { ignoreMissing, unicodeSafe } from '../../validate/validators.ts'
import { requireSysadminFor } from './sysadmin-only.ts'
import { vocabularyDict, vocabularyTags as listVocabularyTags } from './tag-rows.ts'
import { vocabularyNameValidator, vocabularyTags } from './tag-validators.ts'
import { saveVocabularyTags } from './tag-writes.ts'
import { vocabularyFromParams } from './vocabulary-ref.ts'

export const vocabulary_update = defineAction('vocabulary_update', {
  readsSearchIndex: true, // the datasets that carry its tags (search/tag-datasets.ts)
  auth(ctx, params) {
    vocabularyFromParams(ctx, params) // CKAN finds the vocabulary (or 404s) before its auth check
    requireSysadminFor(ctx, 'vocabulary_update')
  },
  help: `Rename a tag vocabulary, replace its tags, or both.

    Sysadmins only. A \`\`tags\`\` list, when sent, becomes the complete set:
    tags it leaves out are deleted (and taken off their datasets), new ones
    are added. Without \`\`tags\`\` the current ones stay. Sending the current
    name again does not count as a rename.

    :param id: id or name of the vocabulary
    :type id: string
    :param name: a new name, following vocabulary_create's rules (optional)
    :type name: string
    :param tags: the full new tag list, dicts with a \`\`name\`\` (optional)
    :type tags: list of dicts

    :returns: the vocabulary as it now stands
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
    if (typeof data.name === 'string') renameVocabulary(ctx, vocabulary.id, data.name)
    if (names) saveVocabularyTags(ctx, vocabulary.id, names)
    return vocabularyDict(ctx.db, { id: vocabulary.id, name: (data.name as string | undefined) ?? vocabulary.name })
  },
})

/**
 * Renames the vocabulary. Its tags are indexed as vocab_{name}, so the datasets
 * carrying them (found under the old name) are queued to be indexed again.
 */
function renameVocabulary(ctx: Context, vocabularyId: string, name: string): void {
  for (const id of datasetsWithTags(ctx.db, listVocabularyTags(ctx.db, vocabularyId))) queueForIndex(ctx.db, id)
  sql(ctx.db, 'UPDATE vocabularies SET name = ? WHERE id = ?').run(name, vocabularyId)
}
