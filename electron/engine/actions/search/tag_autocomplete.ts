/** tag_autocomplete: the names of tags containing a given string. */
import { anyone, defineAction } from '../../define-action.ts'
import { searchTags, tagSearchSchema } from './tag-search.ts'

/** Names of tags containing a string. */
export const tag_autocomplete = defineAction('tag_autocomplete', {
  readOnly: true,
  readsSearchIndex: true, // free tags in use (search/tag-datasets.ts)
  auth: anyone,
  schema: tagSearchSchema,
  help: `Suggest tag names that contain the given text.

Without vocabulary_id the candidates are free tags (those outside any
vocabulary) used by datasets the caller can see; with it, the tags of
that vocabulary. Matching ignores case; an empty query gives an empty
list.

:param query: text to look for; with a list, a name must contain every
    item (q is accepted instead)
:type query: string or list of strings
:param vocabulary_id: id or name of a vocabulary to search instead
    (optional)
:type vocabulary_id: string
:param limit: most names to return (optional, default: all)
:type limit: int
:param offset: how many matches to skip (optional, default: 0)
:type offset: int
:param fields: older way to pass the text, as {"tags": ...} (optional)
:type fields: dictionary

:rtype: list of strings`,
  run(ctx, data) {
    return searchTags(ctx, data).tags.map((tag) => tag.name)
  },
})
