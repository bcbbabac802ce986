import { defineAction } from '../../define-action.ts'
import { makePurge } from './make-delete.ts'

/** Purges a group: removes it for good (sysadmins only). */
export const group_purge = defineAction('group_purge', makePurge(false))
