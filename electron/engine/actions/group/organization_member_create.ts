import { defineAction } from '../../define-action.ts'
import { makeMemberCreate } from './make-member-create.ts'

/** Makes a user a member of an organization with a role (an upsert). */
export const organization_member_create = defineAction('organization_member_create', makeMemberCreate(true))
