import { defineAction } from '../../define-action.ts'
import { makeUpdate } from './make-update.ts'

/** Patch an organization. */
export const organization_patch = defineAction('organization_patch', makeUpdate('organization_patch', true))
