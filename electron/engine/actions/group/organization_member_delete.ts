import { defineAction } from '../../define-action.ts'
import { makeMemberDelete } from './make-member-delete.ts'

/** Removes a user from an organization. */
export const organization_member_delete = defineAction('organization_member_delete', makeMemberDelete(true))
