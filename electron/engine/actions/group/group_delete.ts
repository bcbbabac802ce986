import { defineAction } from '../../define-action.ts'
import { makeDelete } from './make-delete.ts'

/** Deletes a group (soft: state deleted, memberships removed). */
export const group_delete = defineAction('group_delete', makeDelete(false))
