import { defineAction } from '../../define-action.ts'
import { makeDelete } from './make-delete.ts'

/** Deletes a group (soft: state deleted, memberships removed). */
export const group_delete = defineAction(
  'group_delete',
  makeDelete(
    false,
    `Delete a group.

You must be authorized to delete the group.

:param id: the name or id of the group
:type id: string`,
  ),
)
