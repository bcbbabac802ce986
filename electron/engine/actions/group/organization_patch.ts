import { defineAction } from '../../define-action.ts'
import { makeUpdate } from './make-update.ts'

/** Patch an organization. */
export const organization_patch = defineAction(
  'organization_patch',
  makeUpdate(
    'organization_patch',
    true,
    `Change only the fields sent on an organization; everything else stays.

Same permission as organization_update: the organization's admins and sysadmins. Member lists that are not sent are left untouched, while a list that is sent replaces the current one. Custom fields sent are merged into the stored ones.

:param id: id or name of the organization to change
:type id: string

Any parameter of organization_create may be sent as well.

:returns: the organization as now stored, in the same shape as organization_update's answer
:rtype: dictionary`,
  ),
)
