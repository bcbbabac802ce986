import { defineAction } from '../../define-action.ts'
import { makeMemberDelete } from './make-member-delete.ts'

/** Removes a user from a group. */
export const group_member_delete = defineAction('group_member_delete', makeMemberDelete(false))
