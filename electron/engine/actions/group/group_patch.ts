import { defineAction } from '../../define-action.ts'
import { makeUpdate } from './make-update.ts'

/** Patch a group. */
export const group_patch = defineAction(
  'group_patch',
  makeUpdate(
    'group_patch',
    true,
    `Change only the fields sent on a group; everything else stays.

Same permission as group_update: the group's admins and sysadmins. Member lists that are not sent are left untouched, while a list that is sent replaces the current one. Custom fields sent are merged into the stored ones.

:param id: id or name of the group to change
:type id: string

Any parameter of group_create may be sent as well.

:returns: the group as now stored, in the same shape as group_update's answer
:rtype: dictionary`,
  ),
)
