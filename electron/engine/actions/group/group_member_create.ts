import { defineAction } from '../../define-action.ts'
import { makeMemberCreate } from './make-member-create.ts'

/** Makes a user a member of a group with a role (an upsert). */
export const group_member_create = defineAction('group_member_create', makeMemberCreate(false))
