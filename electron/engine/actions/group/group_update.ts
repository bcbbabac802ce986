import { defineAction } from '../../define-action.ts'
import { makeUpdate } from './make-update.ts'

/** Update a group. Omitted member lists are replaced with nothing. */
export const group_update = defineAction('group_update', makeUpdate('group_update', false))
