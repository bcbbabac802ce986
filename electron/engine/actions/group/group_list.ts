import { defineAction } from '../../define-action.ts'
import { makeList } from './make-list.ts'

/** The names (or, with all_fields, the dicts) of the site's groups. */
export const group_list = defineAction('group_list', makeList(false))
