/** CKAN's task_status_delete: remove a task status. */
import { sql } from '../../db/statements.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { NotFound } from '../../errors.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { requireTaskStatusWriter, taskStatusById } from './task-status-store.ts'

export const task_status_delete = defineAction('task_status_delete', {
  // Mirrors CKAN: the id is required and looked up (404) before the caller is checked.
  auth: anyone,
  help: `Delete a task status for good; only sysadmins may.

    :param id: the task status's id
    :type id: string
    `,
  run(ctx, params) {
    getOrBust(params, 'id')
    const row = taskStatusById(ctx, params.id)
    if (!row) throw new NotFound()
    requireTaskStatusWriter(ctx, 'task_status_delete', 'delete task_status')
    sql(ctx.db, 'DELETE FROM task_status WHERE id = ?').run(row.id)
    return null
  },
})
