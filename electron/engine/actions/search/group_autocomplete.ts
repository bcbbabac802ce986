/** group_autocomplete: groups whose name or title contains a string. */
import { anyone, defineAction } from '../../define-action.ts'
import { autocompleteSchema } from './autocomplete-schema.ts'
import { groupsMatching } from './group-autocomplete.ts'

/** Groups whose name or title contains a string. */
export const group_autocomplete = defineAction('group_autocomplete', {
  readOnly: true,
  auth: anyone,
  schema: autocompleteSchema,
  help: `Return a list of group names that contain a string.

:param q: the string to search for
:type q: string
:param limit: the maximum number of groups to return (optional,
    default: \`\`20\`\`)
:type limit: int

:rtype: a list of group dictionaries each with keys \`\`'name'\`\`,
    \`\`'title'\`\`, and \`\`'id'\`\``,
  run(ctx, data) {
    return groupsMatching(ctx, data, false)
  },
})
