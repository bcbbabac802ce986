import { defineAction } from '../../define-action.ts'
import { makeDelete } from './make-delete.ts'

/** Deletes an organization (soft: state deleted, memberships removed). */
export const organization_delete = defineAction('organization_delete', makeDelete(true))
