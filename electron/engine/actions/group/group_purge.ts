import { defineAction } from '../../define-action.ts'
import { makePurge } from './make-delete.ts'

/** Purges a group: removes it for good (sysadmins only). */
export const group_purge = defineAction(
  'group_purge',
  makePurge(
    false,
    `Erase a group from the database permanently; there is no undo.

Sysadmins only. Where group_delete keeps a record marked deleted, this removes the group and all of its memberships, which frees its name. Datasets that were in the group are kept; they simply stop belonging to it. Activity already recorded about it is kept.

:param id: id or name of the group
:type id: string`,
  ),
)
