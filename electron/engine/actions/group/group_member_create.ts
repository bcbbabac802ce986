import { defineAction } from '../../define-action.ts'
import { makeMemberCreate } from './make-member-create.ts'

/** Makes a user a member of a group with a role (an upsert). */
export const group_member_create = defineAction(
  'group_member_create',
  makeMemberCreate(
    false,
    `Give a user a role in a group, or change the role they already hold.

Only the group's admins and sysadmins may do this. An admin cannot lower their own role.

:param id: id or name of the group
:type id: string
:param username: id or name of the user
:type username: string
:param role: one of \`\`"admin"\`\`, \`\`"editor"\`\` or \`\`"member"\`\`
:type role: string

:returns: the membership record (\`\`id\`\`, \`\`group_id\`\`, \`\`table_name\`\`, \`\`table_id\`\`, \`\`capacity\`\`, \`\`state\`\`)
:rtype: dictionary`,
  ),
)
