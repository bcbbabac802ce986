import { defineAction } from '../../define-action.ts'
import { makePurge } from './make-delete.ts'

/** Purges a group: removes it for good (sysadmins only). */
export const group_purge = defineAction(
  'group_purge',
  makePurge(
    false,
    `Purge a group.

.. warning:: Purging a group cannot be undone!

Purging a group completely removes the group from the CKAN database, whereas deleting a group simply marks the group as deleted (it will no longer show up in the frontend, but is still in the db).

Datasets in the group will remain, just not in the purged group.

You must be authorized to purge the group.

:param id: the name or id of the group to be purged
:type id: string`,
  ),
)
