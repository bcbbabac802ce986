import { defineAction } from '../../define-action.ts'
import { makeCreate } from './make-create.ts'

/** Creates an organization; the caller becomes its admin. */
export const organization_create = defineAction('organization_create', makeCreate(true))
