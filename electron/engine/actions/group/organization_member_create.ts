import { defineAction } from '../../define-action.ts'
import { makeMemberCreate } from './make-member-create.ts'

/** Makes a user a member of an organization with a role (an upsert). */
export const organization_member_create = defineAction(
  'organization_member_create',
  makeMemberCreate(
    true,
    `Make a user a member of an organization.

You must be authorized to edit the organization.

:param id: the id or name of the organization
:type id: string
:param username: name or id of the user to be made member of the organization
:type username: string
:param role: role of the user in the organization. One of \`\`member\`\`, \`\`editor\`\`, or \`\`admin\`\`
:type role: string

:returns: the newly created (or updated) membership
:rtype: dictionary`,
  ),
)
