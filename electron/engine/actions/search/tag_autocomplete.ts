/** tag_autocomplete: the names of tags containing a given string. */
import { anyone, defineAction } from '../../define-action.ts'
import { searchTags, tagCandidatesHelp, tagSearchParamsHelp, tagSearchSchema } from './tag-search.ts'

/** Names of tags containing a string. */
export const tag_autocomplete = defineAction('tag_autocomplete', {
  readOnly: true,
  readsSearchIndex: true, // free tags in use (search/tag-datasets.ts)
  auth: anyone,
  schema: tagSearchSchema,
  help: `Suggest tag names that contain the given text.

${tagCandidatesHelp} gives an empty
list.

${tagSearchParamsHelp('names')}
:rtype: list of strings`,
  run(ctx, data) {
    return searchTags(ctx, data).tags.map((tag) => tag.name)
  },
})
