/** tag_search: tags whose names contain the query terms, with their count. */
import { anyone, defineAction } from '../../define-action.ts'
import { searchTags, tagSearchSchema } from './tag-search.ts'

/** Tags containing the query terms, with their count. */
export const tag_search = defineAction('tag_search', {
  readOnly: true,
  readsSearchIndex: true, // free tags in use (search/tag-datasets.ts)
  auth: anyone,
  schema: tagSearchSchema,
  help: `Return a list of tags whose names contain a given string.

By default only free tags (tags that don't belong to any vocabulary) are
searched. If the \`\`vocabulary_id\`\` argument is given then only tags
belonging to that vocabulary will be searched instead.

:param query: the string(s) to search for
:type query: string or list of strings
:param vocabulary_id: the id or name of the tag vocabulary to search in
  (optional)
:type vocabulary_id: string
:param fields: deprecated
:type fields: dictionary
:param limit: the maximum number of tags to return
:type limit: int
:param offset: when \`\`limit\`\` is given, the offset to start returning tags
    from
:type offset: int

:returns: A dictionary with the following keys:

  \`\`'count'\`\`
    The number of tags in the result.

  \`\`'results'\`\`
    The list of tags whose names contain the given string, a list of
    dictionaries.

:rtype: dictionary`,
  run(ctx, data) {
    const { tags, count } = searchTags(ctx, data)
    // Mirrors _table_dictize of a tag row: id, name, vocabulary_id.
    return { count, results: tags.map((tag) => ({ id: tag.id, name: tag.name, vocabulary_id: tag.vocabulary_id })) }
  },
})
