import { defineAction } from '../../define-action.ts'
import { makeList } from './make-list.ts'

/** The names (or, with all_fields, the dicts) of the site's organizations. */
export const organization_list = defineAction('organization_list', makeList(true))
