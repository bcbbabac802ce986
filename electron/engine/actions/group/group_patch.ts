import { defineAction } from '../../define-action.ts'
import { makeUpdate } from './make-update.ts'

/** Patch a group. */
export const group_patch = defineAction(
  'group_patch',
  makeUpdate(
    'group_patch',
    true,
    `Patch a group: only the fields given change; absent member lists are untouched.

You must be authorized to edit the group.

:param id: the name or id of the group to update
:type id: string
Other parameters as in group_create.

:returns: the updated group
:rtype: dictionary`,
  ),
)
