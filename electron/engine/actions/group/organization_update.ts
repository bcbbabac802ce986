import { defineAction } from '../../define-action.ts'
import { makeUpdate } from './make-update.ts'

/** Update an organization. Omitted member lists are replaced with nothing. */
export const organization_update = defineAction(
  'organization_update',
  makeUpdate(
    'organization_update',
    false,
    `Update an organization. Omitted member lists are replaced with nothing: \`\`users\`\` missing removes every member.

You must be authorized to edit the organization.

:param id: the name or id of the organization to update
:type id: string
Other parameters as in organization_create.

:returns: the updated organization
:rtype: dictionary`,
  ),
)
