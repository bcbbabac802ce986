/** CKAN's task_status_show: one task status, by id or by entity, task type and key. */
import { anyone, defineAction } from '../../define-action.ts'
import { NotFound } from '../../errors.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { dictizeTaskStatus, taskStatusById, taskStatusByKey } from './task-status-store.ts'

export const task_status_show = defineAction('task_status_show', {
  readOnly: true,
  // Mirrors CKAN, whose auth lets anyone read task statuses.
  auth: anyone,
  help: `Show one task status.

    Give its id, or else the entity_id, task_type and key it was stored
    under. Anyone may ask.

    :param id: the task status's id (optional)
    :type id: string
    :param entity_id: the entity the task is about (needed without id)
    :type entity_id: string
    :param task_type: the kind of task (needed without id)
    :type task_type: string
    :param key: the key under the task (needed without id)
    :type key: string

    :returns: id, entity_id, entity_type, task_type, key, value, state,
        error and last_updated
    :rtype: dictionary
    `,
  run(ctx, params) {
    let row
    if (params.id) row = taskStatusById(ctx, params.id)
    else {
      // Mirrors CKAN, which asks for the three keys one after the other.
      getOrBust(params, 'entity_id')
      getOrBust(params, 'task_type')
      getOrBust(params, 'key')
      row = taskStatusByKey(ctx, params.entity_id, params.task_type, params.key)
    }
    if (!row) throw new NotFound()
    return dictizeTaskStatus(row)
  },
})
