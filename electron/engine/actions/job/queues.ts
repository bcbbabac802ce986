/**
 * CKAN's background-job queues as Shelfmark has them: none. Shelfmark runs
 * no RQ worker (its own work runs as shelfmark_job_*), so job_* answer as a
 * CKAN 2.10 site whose Redis has never held a queue.
 */
import type { Context } from '../../context.ts'
import { ValidationError } from '../../errors.ts'
import { runSchema, Invalid, type Schema, type Validator } from '../../validate/navl.ts'
import { ignoreMissing } from '../../validate/validators.ts'

/** Python's str() of a JSON value, as CKAN's list_of_strings message prints it. */
function pythonStr(value: unknown): string {
  if (value === null) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value)
}

/** Mirrors list_of_strings: a list (a lone string is not one), every item a string. */
const listOfStrings: Validator = (value) => {
  if (!Array.isArray(value)) throw new Invalid('Not a list')
  for (const item of value) if (typeof item !== 'string') throw new Invalid(`Not a string: ${pythonStr(item)}`)
  return value
}

/** job_list_schema and job_clear_schema. */
const queuesSchema: Schema = { queues: [ignoreMissing, listOfStrings] }

/**
 * Validates `queues` as CKAN's @validate decorator does, before the action's
 * auth runs; returns the queue names asked for (empty: all of them).
 */
export function requestedQueues(params: Record<string, unknown>, ctx: Context): string[] {
  const { data, errors } = runSchema(queuesSchema, params, ctx)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return (data.queues as string[] | undefined) ?? []
}
