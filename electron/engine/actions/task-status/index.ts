/** The task status actions, as the registry lists them (CKAN's task_status_*). */
import type { ActionDefinition } from '../../define-action.ts'
import { task_status_delete } from './task_status_delete.ts'
import { task_status_show } from './task_status_show.ts'
import { task_status_update } from './task_status_update.ts'
import { task_status_update_many } from './task_status_update_many.ts'

export const taskStatusActions: ActionDefinition[] = [task_status_show, task_status_update, task_status_update_many, task_status_delete]
