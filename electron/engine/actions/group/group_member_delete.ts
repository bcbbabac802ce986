import { defineAction } from '../../define-action.ts'
import { makeMemberDelete } from './make-member-delete.ts'

/** Removes a user from a group. */
export const group_member_delete = defineAction(
  'group_member_delete',
  makeMemberDelete(
    false,
    `Remove a user from a group.

You must be authorized to edit the group.

:param id: the id or name of the group
:type id: string
:param username: name or id of the user to be removed
:type username: string`,
  ),
)
