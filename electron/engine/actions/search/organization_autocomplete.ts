/** organization_autocomplete: organizations whose name or title contains a string. */
import { anyone, defineAction } from '../../define-action.ts'
import { autocompleteSchema } from './autocomplete-schema.ts'
import { groupsMatching } from './group-autocomplete.ts'

/** Organizations whose name or title contains a string. */
export const organization_autocomplete = defineAction('organization_autocomplete', {
  readOnly: true,
  auth: anyone,
  schema: autocompleteSchema,
  help: `Return a list of organization names that contain a string.

:param q: the string to search for
:type q: string
:param limit: the maximum number of organizations to return (optional,
    default: \`\`20\`\`)
:type limit: int

:rtype: a list of organization dictionaries each with keys \`\`'name'\`\`,
    \`\`'title'\`\`, and \`\`'id'\`\``,
  run(ctx, data) {
    return groupsMatching(ctx, data, true)
  },
})
