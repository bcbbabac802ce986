import { defineAction } from '../../define-action.ts'
import { makeUpdate } from './make-update.ts'

/** Update an organization. Omitted member lists are replaced with nothing. */
export const organization_update = defineAction('organization_update', makeUpdate('organization_update', false))
