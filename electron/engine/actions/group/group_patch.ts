import { defineAction } from '../../define-action.ts'
import { makeUpdate } from './make-update.ts'

/** Patch a group. */
export const group_patch = defineAction('group_patch', makeUpdate('group_patch', true))
