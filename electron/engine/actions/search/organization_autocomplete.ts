/** organization_autocomplete: organizations whose name or title contains a string. */
import { defineAction } from '../../define-action.ts'
import { makeGroupAutocomplete } from './group-autocomplete.ts'

/** Organizations whose name or title contains a string. */
export const organization_autocomplete = defineAction('organization_autocomplete', makeGroupAutocomplete(true))
