/** CKAN's tag_list: free tags in use, or a vocabulary's tags. */
import type { Context } from '../../context.ts'
import { sql } from '../../db/statements.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { NotFound } from '../../errors.ts'
import { readerParams } from '../../auth/roles.ts'
import { freeTagInUse } from '../../search/tag-datasets.ts'
import { booleanWithDefault } from '../../validate/validators.ts'
import { findVocabulary, tagDict, vocabularyTags, type TagRow } from './tag-rows.ts'

/**
 * Free tags on at least one active dataset the caller may read, in creation
 * order (CKAN returns database order, unsorted: 068). Unlike CKAN, a tag used
 * only by private datasets stays hidden from those who cannot read them.
 */
export function freeTagsInUse(ctx: Context): TagRow[] {
  return sql(
    ctx.db,
    `SELECT tags.id, tags.name, tags.vocabulary_id FROM tags
     WHERE tags.vocabulary_id IS NULL AND ${freeTagInUse}
     ORDER BY tags.rowid`,
  ).all(readerParams(ctx)) as TagRow[]
}

/** The search terms of query/q: a string or a list, blanks dropped (CKAN's _tag_search). */
export function searchTerms(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
  return list.map((term) => String(term).trim()).filter((term) => term !== '')
}

/** Tags whose name contains every term, case-insensitively (CKAN's ilike '%term%'). */
export function matchingAll(tags: TagRow[], terms: string[]): TagRow[] {
  const lowered = terms.map((term) => term.toLowerCase())
  return tags.filter((tag) => lowered.every((term) => tag.name.toLowerCase().includes(term)))
}

export const tag_list = defineAction('tag_list', {
  readOnly: true,
  readsSearchIndex: true, // which tags are in use (search/tag-datasets.ts)
  auth: anyone,
  schema: { all_fields: [booleanWithDefault(false)] },
  help: `List tags, by name or as dicts.

    Anyone may call this. Without \`\`vocabulary_id\`\` the answer holds the
    free tags used by at least one active dataset the caller can read, in
    the order they were first created. With it, the answer holds every tag
    of that vocabulary.

    :param vocabulary_id: id or name of a vocabulary (optional)
    :type vocabulary_id: string
    :param query: keep only tags whose name contains this text, ignoring
        case; with a list of terms, each must match. \`\`q\`\` is read when
        \`\`query\`\` is absent (optional)
    :type query: string or list of strings
    :param all_fields: answer with tag dicts (\`\`id\`\`, \`\`name\`\`,
        \`\`vocabulary_id\`\`, \`\`display_name\`\`) instead of names (optional,
        default \`\`False\`\`)
    :type all_fields: bool

    :rtype: list of strings, or list of dictionaries
    `,
  run(ctx, data) {
    const terms = searchTerms(data.query || data.q)
    const vocabularyRef = data.vocabulary_id
    let tags: TagRow[]
    if (vocabularyRef !== undefined && vocabularyRef !== null && vocabularyRef !== '') {
      const vocabulary = findVocabulary(ctx.db, String(vocabularyRef))
      // Mirrors CKAN: Tag.all names the vocabulary; the search path answers a bare 404.
      if (!vocabulary) throw new NotFound(terms.length ? '' : `could not find vocabulary '${String(vocabularyRef)}'`)
      tags = vocabularyTags(ctx.db, vocabulary.id)
    } else tags = freeTagsInUse(ctx)
    if (terms.length) tags = matchingAll(tags, terms)
    return data.all_fields === true ? tags.map(tagDict) : tags.map((tag) => tag.name)
  },
})
