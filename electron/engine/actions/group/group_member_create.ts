import { defineAction } from '../../define-action.ts'
import { makeMemberCreate } from './make-member-create.ts'

/** Makes a user a member of a group with a role (an upsert). */
export const group_member_create = defineAction(
  'group_member_create',
  makeMemberCreate(
    false,
    `Make a user a member of a group.

You must be authorized to edit the group.

:param id: the id or name of the group
:type id: string
:param username: name or id of the user to be made member of the group
:type username: string
:param role: role of the user in the group. One of \`\`member\`\`, \`\`editor\`\`, or \`\`admin\`\`
:type role: string

:returns: the newly created (or updated) membership
:rtype: dictionary`,
  ),
)
