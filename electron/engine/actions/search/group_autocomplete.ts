/** group_autocomplete: groups whose name or title contains a string. */
import { defineAction } from '../../define-action.ts'
import { makeGroupAutocomplete } from './group-autocomplete.ts'

/** Groups whose name or title contains a string. */
export const group_autocomplete = defineAction('group_autocomplete', makeGroupAutocomplete(false))
