/** CKAN's task_status_update_many: task_status_update for each dict of a list. */
import { anyone, defineAction } from '../../define-action.ts'
import { ValidationError } from '../../errors.ts'

export const task_status_update_many = defineAction('task_status_update_many', {
  // Mirrors CKAN: this action checks no one itself; each task_status_update checks its caller.
  auth: anyone,
  help: `Create or change several task statuses at once.

    Each dict of data is handled as task_status_update handles one, with
    its checks (only sysadmins may write); the first failure undoes the
    whole call. An empty list changes nothing.

    :param data: the task status dicts
    :type data: list of dictionaries

    :returns: {"results": the task statuses, in the order given}
    :rtype: dictionary
    `,
  run(ctx, params) {
    const data = params.data
    // CKAN reads data['data'] unchecked and answers a 500 when it is missing or not a list of dicts.
    if (data === undefined) throw new ValidationError({ data: ['Missing value'] })
    if (!Array.isArray(data) || data.some((item) => typeof item !== 'object' || item === null || Array.isArray(item))) {
      throw new ValidationError({ data: ['Must be a list of dictionaries'] })
    }
    return { results: data.map((item) => ctx.call('task_status_update', item as Record<string, unknown>)) }
  },
})
