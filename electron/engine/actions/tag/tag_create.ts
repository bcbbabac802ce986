/** CKAN's tag_create: a new tag in a vocabulary (free tags come only from datasets). */
import { sql } from '../../db/statements.ts'
import { defineAction } from '../../define-action.ts'
import { newId } from '../../time.ts'
import { Invalid, type Validator } from '../../validate/navl.ts'
import { empty } from '../../validate/user.ts'
import { notEmpty, notMissing, unicodeSafe } from '../../validate/validators.ts'
import { requireSysadminFor } from './sysadmin-only.ts'
import { tagDict } from './tag-rows.ts'
import { tagNameMessages, tagNotInVocabulary, vocabularyIdExists } from './tag-validators.ts'

/** CKAN's tag_length_validator and tag_name_validator, every message recorded. */
const tagNameValidator: Validator = (value, field) => {
  const messages = tagNameMessages(String(value))
  if (messages.length) {
    field.errors.push(...messages.slice(0, -1))
    throw new Invalid(messages[messages.length - 1])
  }
  return value
}

export const tag_create = defineAction('tag_create', {
  auth: (ctx) => requireSysadminFor(ctx, 'tag_create'),
  schema: {
    id: [empty],
    name: [notMissing, notEmpty, unicodeSafe, tagNameValidator],
    vocabulary_id: [notMissing, notEmpty, unicodeSafe, vocabularyIdExists, tagNotInVocabulary],
  },
  help: `Create a new vocabulary tag.

    You must be a sysadmin to create vocabulary tags.

    You can only use this function to create tags that belong to a vocabulary,
    not to create free tags. (Free tags are created automatically when
    datasets are created.)

    :param name: the name for the new tag, a string between 2 and 100
        characters long containing only alphanumeric characters,
        spaces and the characters \`\`-\`\`,
        \`\`_\`\` and \`\`.\`\`, e.g. \`\`'Jazz'\`\`
    :type name: string
    :param vocabulary_id: the id of the vocabulary that the new tag
        should be added to, e.g. the id of vocabulary \`\`'Genre'\`\`
    :type vocabulary_id: string

    :returns: the newly-created tag
    :rtype: dictionary
    `,
  run(ctx, data) {
    const tag = { id: newId(), name: data.name as string, vocabulary_id: data.vocabulary_id as string }
    sql(ctx.db, 'INSERT INTO tags (id, name, vocabulary_id) VALUES (?, ?, ?)').run(tag.id, tag.name, tag.vocabulary_id)
    // Mirrors CKAN's tag_dictize with its default include_datasets: a new tag has none.
    return { ...tagDict(tag), packages: [] }
  },
})
