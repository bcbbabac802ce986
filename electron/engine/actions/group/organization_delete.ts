import { defineAction } from '../../define-action.ts'
import { makeDelete } from './make-delete.ts'

/** Deletes an organization (soft: state deleted, memberships removed). */
export const organization_delete = defineAction(
  'organization_delete',
  makeDelete(
    true,
    `Mark an organization as deleted.

Only the organization's admins and sysadmins may do this. Every membership it had (users, datasets, linked groups) is dropped, but the record stays, with state \`\`"deleted"\`\`, and its name remains taken. organization_purge removes it for good.

An organization that still owns datasets is refused, unless ckan.auth.create_unowned_dataset is on; then those datasets are left without an owner instead.

:param id: id or name of the organization
:type id: string`,
  ),
)
