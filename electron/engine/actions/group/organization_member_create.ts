import { defineAction } from '../../define-action.ts'
import { makeMemberCreate } from './make-member-create.ts'

/** Makes a user a member of an organization with a role (an upsert). */
export const organization_member_create = defineAction(
  'organization_member_create',
  makeMemberCreate(
    true,
    `Give a user a role in an organization, or change the role they already hold.

Only the organization's admins and sysadmins may do this. An admin cannot lower their own role.

:param id: id or name of the organization
:type id: string
:param username: id or name of the user
:type username: string
:param role: one of \`\`"admin"\`\`, \`\`"editor"\`\` or \`\`"member"\`\`
:type role: string

:returns: the membership record (\`\`id\`\`, \`\`group_id\`\`, \`\`table_name\`\`, \`\`table_id\`\`, \`\`capacity\`\`, \`\`state\`\`)
:rtype: dictionary`,
  ),
)
