import { defineAction } from '../../define-action.ts'
import { makeShow } from './make-show.ts'

/** The details of one group. */
export const group_show = defineAction('group_show', makeShow(false))
