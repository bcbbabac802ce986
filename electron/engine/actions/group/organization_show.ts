import { defineAction } from '../../define-action.ts'
import { makeShow } from './make-show.ts'

/** The details of one organization. */
export const organization_show = defineAction('organization_show', makeShow(true))
