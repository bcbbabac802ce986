import { defineAction } from '../../define-action.ts'
import { makeMemberDelete } from './make-member-delete.ts'

/** Removes a user from an organization. */
export const organization_member_delete = defineAction(
  'organization_member_delete',
  makeMemberDelete(
    true,
    `Remove a user from an organization.

You must be authorized to edit the organization.

:param id: the id or name of the organization
:type id: string
:param username: name or id of the user to be removed
:type username: string`,
  ),
)
