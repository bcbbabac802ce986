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
  help: `Make a new tag vocabulary, optionally filled with tags straight away.

    Sysadmins only.

    :param name: 2 to 100 characters, not used by another vocabulary
    :type name: string
    :param tags: tags to put in it, each a dict whose \`\`name\`\` follows the
        rules of tag_create (optional)
    :type tags: list of dicts

    :returns: the vocabulary's \`\`id\`\`, \`\`name\`\` and \`\`tags\`\`
    :rtype: dictionary
    `,
  run(ctx, data) {
    const vocabulary = { id: newId(), name: data.name as string }
    sql(ctx.db, 'INSERT INTO vocabularies (id, name) VALUES (?, ?)').run(vocabulary.id, vocabulary.name)
    saveVocabularyTags(ctx, vocabulary.id, (data.tags as string[] | undefined) ?? [])
    return vocabularyDict(ctx.db, vocabulary)
  },
})
