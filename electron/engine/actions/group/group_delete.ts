import { defineAction } from '../../define-action.ts'
import { makeDelete } from './make-delete.ts'

/** Deletes a group (soft: state deleted, memberships removed). */
export const group_delete = defineAction(
  'group_delete',
  makeDelete(
    false,
    `Mark a group as deleted.

Only the group's admins and sysadmins may do this. Every membership it had (users, datasets, linked groups) is dropped, but the record stays, with state \`\`"deleted"\`\`, and its name remains taken. group_purge removes it for good.

:param id: id or name of the group
:type id: string`,
  ),
)
