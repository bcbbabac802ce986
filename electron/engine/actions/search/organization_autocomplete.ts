/** organization_autocomplete: organizations whose name or title contains a string. */
import { anyone, defineAction } from '../../define-action.ts'
import { autocompleteSchema } from './autocomplete-schema.ts'
import { groupsMatching } from './group-autocomplete.ts'

/** Organizations whose name or title contains a string. */
export const organization_autocomplete = defineAction('organization_autocomplete', {
  readOnly: true,
  auth: anyone,
  schema: autocompleteSchema,
  help: `Suggest active organizations whose name or title contains the given text.

Suggestions are sorted by title.

:param q: text to look for
:type q: string
:param limit: most organizations to return (optional, default: 20)
:type limit: int

:returns: one dictionary per organization, with id, name and title
:rtype: list of dictionaries`,
  run(ctx, data) {
    return groupsMatching(ctx, data, true)
  },
})
