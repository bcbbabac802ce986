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
  help: `Add a tag to an existing vocabulary.

    Sysadmins only. Free tags, the ones outside any vocabulary, cannot be
    made here: they come into being when a dataset uses them.

    :param name: the tag's text: 2 to 100 characters, made of letters,
        digits, spaces, \`\`-\`\`, \`\`_\`\` and \`\`.\`\`
    :type name: string
    :param vocabulary_id: id of the vocabulary to add it to (its name is
        not accepted), which must not already hold a tag of that name
    :type vocabulary_id: string

    :returns: the tag (\`\`id\`\`, \`\`name\`\`, \`\`vocabulary_id\`\`,
        \`\`display_name\`\`) with an empty \`\`packages\`\` list
    :rtype: dictionary
    `,
  run(ctx, data) {
    const tag = { id: newId(), name: data.name as string, vocabulary_id: data.vocabulary_id as string }
    sql(ctx.db, 'INSERT INTO tags (id, name, vocabulary_id) VALUES (?, ?, ?)').run(tag.id, tag.name, tag.vocabulary_id)
    // Mirrors CKAN's tag_dictize with its default include_datasets: a new tag has none.
    return { ...tagDict(tag), packages: [] }
  },
})
