/** tag_search: tags whose names contain the query terms, with their count. */
import { anyone, defineAction } from '../../define-action.ts'
import { searchTags, tagSearchSchema } from './tag-search.ts'

/** Tags containing the query terms, with their count. */
export const tag_search = defineAction('tag_search', {
  readOnly: true,
  readsSearchIndex: true, // free tags in use (search/tag-datasets.ts)
  auth: anyone,
  schema: tagSearchSchema,
  help: `Find tags whose names contain the given text, with the total number found.

Without vocabulary_id the candidates are free tags (those outside any
vocabulary) used by datasets the caller can see; with it, the tags of
that vocabulary. Matching ignores case; an empty query finds nothing.

:param query: text to look for; with a list, a name must contain every
    item (q is accepted instead)
:type query: string or list of strings
:param vocabulary_id: id or name of a vocabulary to search instead
    (optional)
:type vocabulary_id: string
:param limit: most tags to return (optional, default: all)
:type limit: int
:param offset: how many matches to skip (optional, default: 0)
:type offset: int
:param fields: older way to pass the text, as {"tags": ...} (optional)
:type fields: dictionary

:returns: count (all matches, whatever limit and offset) and results
    (the tags on this page, each with id, name and vocabulary_id)
:rtype: dictionary`,
  run(ctx, data) {
    const { tags, count } = searchTags(ctx, data)
    // Mirrors _table_dictize of a tag row: id, name, vocabulary_id.
    return { count, results: tags.map((tag) => ({ id: tag.id, name: tag.name, vocabulary_id: tag.vocabulary_id })) }
  },
})
