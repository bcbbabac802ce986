/** CKAN's task_status_update: create or change a task status. */
import { sql } from '../../db/statements.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { NotFound, ValidationError } from '../../errors.ts'
import { isodate } from '../../packages/isodate.ts'
import { ckanNow, newId } from '../../time.ts'
import { Invalid, runSchema, type Schema, type Validator } from '../../validate/navl.ts'
import { ignore, ignoreMissing, notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { dictizeTaskStatus, requireTaskStatusWriter, taskStatusById, taskStatusByKey, type TaskStatusRow } from './task-status-store.ts'

/**
 * A timestamp as CKAN's DateTime column would hold it. CKAN passes any text
 * to the database, which fails with a 500 on one that is no date; here it
 * gets CKAN's date message instead.
 */
const timestamp: Validator = (value) => {
  const date = isodate(value)
  if (typeof date !== 'string') throw new Invalid('Date format incorrect')
  return date
}

/** CKAN's default_task_status_schema, in its order (errors come out in it). */
const taskStatusSchema: Schema = {
  id: [ignore],
  entity_id: [notEmpty, unicodeSafe],
  entity_type: [notEmpty, unicodeSafe],
  task_type: [notEmpty, unicodeSafe],
  key: [notEmpty, unicodeSafe],
  // CKAN stores these in text columns; a number or boolean arrives as its text.
  value: [ignoreMissing, unicodeSafe],
  state: [ignoreMissing, unicodeSafe],
  last_updated: [ignoreMissing, timestamp],
  error: [ignoreMissing, unicodeSafe],
}

const columns = ['entity_id', 'entity_type', 'task_type', 'key', 'value', 'state', 'error', 'last_updated'] as const

export const task_status_update = defineAction('task_status_update', {
  // Mirrors CKAN: an id is looked up (404) before the caller is checked, so auth runs inside run().
  auth: anyone,
  help: `Create or change a task status; only sysadmins may.

    With the id of an existing task status, that one is changed. Without
    one, the task status with the same entity_id, task_type and key is
    changed, or a new one is made. Fields left out keep their value;
    last_updated is set to now when a task status is made without one.

    :param id: the task status to change (optional)
    :type id: string
    :param entity_id: what the task is about, e.g. a dataset's id
    :type entity_id: string
    :param entity_type: the kind of entity, e.g. "package"
    :type entity_type: string
    :param task_type: the kind of task, e.g. "archiver"
    :type task_type: string
    :param key: which of the task's values this is
    :type key: string
    :param value: the value (needed when a task status is made)
    :type value: string
    :param state: the task's state (optional)
    :type state: string
    :param error: an error message (optional)
    :type error: string
    :param last_updated: when it was last updated, ISO 8601 (optional)
    :type last_updated: string

    :returns: the task status as task_status_show shows it
    :rtype: dictionary
    `,
  run(ctx, params) {
    let existing: TaskStatusRow | undefined
    if (params.id) {
      existing = taskStatusById(ctx, params.id)
      if (!existing) throw new NotFound('TaskStatus was not found.')
    }
    requireTaskStatusWriter(ctx, 'task_status_update', 'update task_status table')
    const { data, errors } = runSchema(taskStatusSchema, params, ctx)
    if (Object.keys(errors).length) throw new ValidationError(errors)
    // CKAN's ignore_missing drops a null value, as if none were sent (the column may not be null).
    if (data.value === null) delete data.value
    existing ??= taskStatusByKey(ctx, data.entity_id, data.task_type, data.key)
    if (existing) {
      const next = { ...existing }
      for (const column of columns) if (column in data) Object.assign(next, { [column]: data[column] })
      sql(
        ctx.db,
        `UPDATE task_status SET entity_id = @entity_id, entity_type = @entity_type, task_type = @task_type, key = @key,
         value = @value, state = @state, error = @error, last_updated = @last_updated WHERE id = @id`,
      ).run(next)
      return dictizeTaskStatus(next)
    }
    // CKAN's value column is NOT NULL: its insert fails with a 500 without one; here it is a missing value.
    if (!('value' in data)) throw new ValidationError({ value: ['Missing value'] })
    const row: TaskStatusRow = {
      id: newId(),
      entity_id: data.entity_id as string,
      entity_type: data.entity_type as string,
      task_type: data.task_type as string,
      key: data.key as string,
      value: data.value as string,
      state: (data.state as string | undefined) ?? null,
      error: (data.error as string | undefined) ?? null,
      last_updated: (data.last_updated as string | undefined) ?? ckanNow(),
    }
    sql(
      ctx.db,
      `INSERT INTO task_status (id, entity_id, entity_type, task_type, key, value, state, error, last_updated)
       VALUES (@id, @entity_id, @entity_type, @task_type, @key, @value, @state, @error, @last_updated)`,
    ).run(row)
    return dictizeTaskStatus(row)
  },
})
