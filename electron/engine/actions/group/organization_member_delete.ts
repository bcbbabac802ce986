import { defineAction } from '../../define-action.ts'
import { makeMemberDelete } from './make-member-delete.ts'

/** Removes a user from an organization. */
export const organization_member_delete = defineAction(
  'organization_member_delete',
  makeMemberDelete(
    true,
    `Take a user out of an organization.

The caller needs the right to manage the organization's members: its admins and sysadmins have it. Removing a user who holds no role there changes nothing.

:param id: id or name of the organization
:type id: string
:param username: id or name of the user (\`\`user_id\`\` is read when \`\`username\`\` is absent)
:type username: string`,
  ),
)
