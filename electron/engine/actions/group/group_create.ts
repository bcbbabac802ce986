import { defineAction } from '../../define-action.ts'
import { makeCreate } from './make-create.ts'

/** Creates a group; the caller becomes its admin. */
export const group_create = defineAction('group_create', makeCreate(false))
