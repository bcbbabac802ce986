/** tag_search: tags whose names contain the query terms, with their count. */
import { anyone, defineAction } from '../../define-action.ts'
import { searchTags, tagCandidatesHelp, tagSearchParamsHelp, tagSearchSchema } from './tag-search.ts'

/** Tags containing the query terms, with their count. */
export const tag_search = defineAction('tag_search', {
  readOnly: true,
  readsSearchIndex: true, // free tags in use (search/tag-datasets.ts)
  auth: anyone,
  schema: tagSearchSchema,
  help: `Find tags whose names contain the given text, with the total number found.

${tagCandidatesHelp} finds nothing.

${tagSearchParamsHelp('tags')}
:returns: count (all matches, whatever limit and offset) and results
    (the tags on this page, each with id, name and vocabulary_id)
:rtype: dictionary`,
  run(ctx, data) {
    const { tags, count } = searchTags(ctx, data)
    // Mirrors _table_dictize of a tag row: id, name, vocabulary_id.
    return { count, results: tags.map((tag) => ({ id: tag.id, name: tag.name, vocabulary_id: tag.vocabulary_id })) }
  },
})
