import { defineAction } from '../../define-action.ts'
import { makeUpdate } from './make-update.ts'

/** Update a group. Omitted member lists are replaced with nothing. */
export const group_update = defineAction(
  'group_update',
  makeUpdate(
    'group_update',
    false,
    `Update a group. Omitted member lists are replaced with nothing: \`\`users\`\` missing removes every member.

You must be authorized to edit the group.

:param id: the name or id of the group to update
:type id: string
Other parameters as in group_create.

:returns: the updated group
:rtype: dictionary`,
  ),
)
