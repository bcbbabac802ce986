import { defineAction } from '../../define-action.ts'
import { makePurge } from './make-delete.ts'

/** Purges an organization: removes it for good (sysadmins only). */
export const organization_purge = defineAction(
  'organization_purge',
  makePurge(
    true,
    `Erase an organization from the database permanently; there is no undo.

Sysadmins only. Where organization_delete keeps a record marked deleted, this removes the organization and all of its memberships, which frees its name. Its datasets follow the organization_delete rule: with datasets left, the purge is refused unless ckan.auth.create_unowned_dataset is on, which leaves them without an owner. Activity already recorded about it is kept.

:param id: id or name of the organization
:type id: string`,
  ),
)
