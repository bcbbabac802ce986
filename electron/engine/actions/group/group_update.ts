import { defineAction } from '../../define-action.ts'
import { makeUpdate } from './make-update.ts'

/** Update a group. Omitted member lists are replaced with nothing. */
export const group_update = defineAction(
  'group_update',
  makeUpdate(
    'group_update',
    false,
    `Rewrite a group from the fields sent; member lists left out are emptied.

Only the group's admins and sysadmins may do this. Plain fields that are not sent (title, description, image_url and so on) keep their stored values, but leaving out \`\`users\`\` removes every member, admins included, and leaving out \`\`groups\`\` unlinks every linked group, so send the complete lists to keep them. Leaving out \`\`packages\`\` keeps the group's datasets as they are. A non-empty \`\`extras\`\` list replaces the stored extras; custom fields are replaced by the ones sent. The type never changes. To touch only some fields, use group_patch.

:param id: id or name of the group to change
:type id: string

All other parameters are those of group_create.

:returns: the group as now stored, with its datasets (up to 1000), users, linked groups and extras
:rtype: dictionary`,
  ),
)
