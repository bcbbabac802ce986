import { defineAction } from '../../define-action.ts'
import { makePurge } from './make-delete.ts'

/** Purges an organization: removes it for good (sysadmins only). */
export const organization_purge = defineAction(
  'organization_purge',
  makePurge(
    true,
    `Purge an organization.

.. warning:: Purging an organization cannot be undone!

Purging an organization completely removes the organization from the CKAN database, whereas deleting an organization simply marks the organization as deleted (it will no longer show up in the frontend, but is still in the db).

Datasets in the organization will remain, just not in the purged organization.

You must be authorized to purge the organization.

:param id: the name or id of the organization to be purged
:type id: string`,
  ),
)
