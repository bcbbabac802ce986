/** tag_autocomplete: the names of tags containing a given string. */
import { anyone, defineAction } from '../../define-action.ts'
import { searchTags, tagSearchSchema } from './tag-search.ts'

/** Names of tags containing a string. */
export const tag_autocomplete = defineAction('tag_autocomplete', {
  readOnly: true,
  readsSearchIndex: true, // free tags in use (search/tag-datasets.ts)
  auth: anyone,
  schema: tagSearchSchema,
  help: `Return a list of tag names that contain a given string.

By default only free tags (tags that don't belong to any vocabulary) are
searched. If the \`\`vocabulary_id\`\` argument is given then only tags
belonging to that vocabulary will be searched instead.

:param query: the string to search for
:type query: string
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

:rtype: list of strings`,
  run(ctx, data) {
    return searchTags(ctx, data).tags.map((tag) => tag.name)
  },
})
