import { defineAction } from '../../define-action.ts'
import { makeUpdate } from './make-update.ts'

/** Patch an organization. */
export const organization_patch = defineAction(
  'organization_patch',
  makeUpdate(
    'organization_patch',
    true,
    `Patch an organization: only the fields given change; absent member lists are untouched.

You must be authorized to edit the organization.

:param id: the name or id of the organization to update
:type id: string
Other parameters as in organization_create.

:returns: the updated organization
:rtype: dictionary`,
  ),
)
