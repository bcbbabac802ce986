import { defineAction } from '../../define-action.ts'
import { makeMemberDelete } from './make-member-delete.ts'

/** Removes a user from a group. */
export const group_member_delete = defineAction(
  'group_member_delete',
  makeMemberDelete(
    false,
    `Take a user out of a group.

The caller needs the right to manage the group's members: its admins and sysadmins have it. Removing a user who holds no role there changes nothing.

:param id: id or name of the group
:type id: string
:param username: id or name of the user (\`\`user_id\`\` is read when \`\`username\`\` is absent)
:type username: string`,
  ),
)
