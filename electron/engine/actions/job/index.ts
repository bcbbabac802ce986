/** CKAN's background job actions, as the registry lists them (job_*; Shelfmark's own are shelfmark_job_*). */
import type { ActionDefinition } from '../../define-action.ts'
import { job_cancel } from './job_cancel.ts'
import { job_clear } from './job_clear.ts'
import { job_list } from './job_list.ts'
import { job_show } from './job_show.ts'

export const jobActions: ActionDefinition[] = [job_list, job_show, job_clear, job_cancel]
