import { defineAction } from '../../define-action.ts'
import { makePurge } from './make-delete.ts'

/** Purges an organization: removes it for good (sysadmins only). */
export const organization_purge = defineAction('organization_purge', makePurge(true))
