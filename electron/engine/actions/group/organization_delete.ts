import { defineAction } from '../../define-action.ts'
import { makeDelete } from './make-delete.ts'

/** Deletes an organization (soft: state deleted, memberships removed). */
export const organization_delete = defineAction(
  'organization_delete',
  makeDelete(
    true,
    `Delete an organization.

You must be authorized to delete the organization.
An organization that still has datasets cannot be deleted.

:param id: the name or id of the organization
:type id: string`,
  ),
)
