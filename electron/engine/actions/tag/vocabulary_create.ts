/** CKAN's vocabulary_create: a new tag vocabulary, optionally with its tags. */
import { sql } from '../../db/statements.ts'
import { defineAction } from '../../define-action.ts'
import { newId } from '../../time.ts'
import { empty } from '../../validate/user.ts'
import { notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { requireSysadminFor } from './sysadmin-only.ts'
import { vocabularyDict } from './tag-rows.ts'
import { vocabularyNameValidator, vocabularyTags } from './tag-validators.ts'
import { saveVocabularyTags } from './tag-writes.ts'

export const vocabulary_create = defineAction('vocabulary_create', {
  auth: (ctx) => requireSysadminFor(ctx, 'vocabulary_create'),
  schema: {
    id: [empty],
    name: [notEmpty, unicodeSafe, vocabularyNameValidator],
    tags: [vocabularyTags],
  },
  help: `Create a new tag vocabulary.

    You must be a sysadmin to create vocabularies.

    :param name: the name of the new vocabulary, e.g. \`\`'Genre'\`\`
    :type name: string
    :param tags: the new tags to add to the new vocabulary, for the format of
        tag dictionaries see :py:func:\`tag_create\`
    :type tags: list of tag dictionaries

    :returns: the newly-created vocabulary
    :rtype: dictionary
    `,
  run(ctx, data) {
    const vocabulary = { id: newId(), name: data.name as string }
    sql(ctx.db, 'INSERT INTO vocabularies (id, name) VALUES (?, ?)').run(vocabulary.id, vocabulary.name)
    saveVocabularyTags(ctx, vocabulary.id, (data.tags as string[] | undefined) ?? [])
    return vocabularyDict(ctx.db, vocabulary)
  },
})
