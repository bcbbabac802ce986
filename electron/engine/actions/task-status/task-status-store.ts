/**
 * CKAN's task_status rows (migration 0015): one value per (entity_id,
 * task_type, key), dictized as CKAN's table_dictize writes them, columns in
 * the table's order.
 */
import { callerName, isSysadmin, type Context } from '../../context.ts'
import { sql } from '../../db/statements.ts'
import { NotAuthorized } from '../../errors.ts'
import { requireUser } from '../../auth/roles.ts'

export type TaskStatusRow = {
  id: string
  entity_id: string
  entity_type: string
  task_type: string
  key: string
  value: string
  state: string | null
  error: string | null
  last_updated: string | null
}

/** The row with this id, or undefined. */
export function taskStatusById(ctx: Context, id: unknown): TaskStatusRow | undefined {
  return sql(ctx.db, 'SELECT * FROM task_status WHERE id = ?').get(typeof id === 'string' ? id : String(id)) as TaskStatusRow | undefined
}

/** The row for an entity's task type and key, or undefined. */
export function taskStatusByKey(ctx: Context, entityId: unknown, taskType: unknown, key: unknown): TaskStatusRow | undefined {
  const text = (value: unknown) => (typeof value === 'string' ? value : value === null ? null : String(value))
  return sql(ctx.db, 'SELECT * FROM task_status WHERE entity_id = ? AND task_type = ? AND key = ?').get(
    text(entityId),
    text(taskType),
    text(key),
  ) as TaskStatusRow | undefined
}

/** The row as task_status_show and task_status_update return it (a copy in the table's column order). */
export function dictizeTaskStatus(row: TaskStatusRow): Record<string, unknown> {
  const { id, entity_id, entity_type, task_type, key, value, state, error, last_updated } = row
  return { id, entity_id, entity_type, task_type, key, value, state, error, last_updated }
}

/**
 * Throws CKAN's 403s for writing task statuses: sysadmins only, anonymous
 * callers told the action needs a user, others "User {name} not authorized
 * to {what}".
 */
export function requireTaskStatusWriter(ctx: Context, action: string, what: string): void {
  requireUser(ctx, action)
  if (!isSysadmin(ctx)) throw new NotAuthorized(`User ${callerName(ctx)} not authorized to ${what}`)
}
