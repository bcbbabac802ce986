import { defineAction } from '../../define-action.ts'
import { makeUpdate } from './make-update.ts'

/** Update an organization. Omitted member lists are replaced with nothing. */
export const organization_update = defineAction(
  'organization_update',
  makeUpdate(
    'organization_update',
    false,
    `Rewrite an organization from the fields sent; member lists left out are emptied.

Only the organization's admins and sysadmins may do this. Plain fields that are not sent (title, description, image_url and so on) keep their stored values, but leaving out \`\`users\`\` removes every member, admins included, and leaving out \`\`groups\`\` unlinks every linked group, so send the complete lists to keep them. A non-empty \`\`extras\`\` list replaces the stored extras; custom fields are replaced by the ones sent. The type never changes. To touch only some fields, use organization_patch.

:param id: id or name of the organization to change
:type id: string

All other parameters are those of organization_create.

:returns: the organization as now stored, with its datasets (up to 1000), users, linked groups and extras
:rtype: dictionary`,
  ),
)
