/**
 * CKAN's default_create_resource_view_schema and
 * default_update_resource_view_schema, with the view plugin's own schema laid
 * over them, run with navl's rules: keys the schema does not name are
 * refused together under "__extras", and errors come in navl's sorted order.
 */
import type { Context } from '../context.ts'
import { ValidationError } from '../errors.ts'
import { findResourceRow } from '../packages/resource-write.ts'
import { Invalid, runSchema, type Schema, type Validator } from '../validate/navl.ts'
import { ignore, ignoreMissing, notEmpty, notMissing, unicodeSafe } from '../validate/validators.ts'
import type { ViewPlugin } from './plugins.ts'
import type { ViewFields } from './store.ts'

/** Mirrors resource_id_exists: any resource row, whatever its state; "Not found: Resource" otherwise. */
const resourceIdExists: Validator = (value, field) => {
  if (!findResourceRow(field.ctx.db, value)) throw new Invalid('Not found: Resource')
  return value
}

const createSchema: Schema = {
  resource_id: [notEmpty, resourceIdExists],
  title: [notEmpty, unicodeSafe],
  description: [ignoreMissing, unicodeSafe],
  view_type: [notEmpty, unicodeSafe],
}

const updateChanges: Schema = {
  id: [notMissing, notEmpty, unicodeSafe],
  resource_id: [ignoreMissing, resourceIdExists],
  title: [ignoreMissing, unicodeSafe],
  view_type: [ignore], // a view keeps its type
  package_id: [ignore],
}

/** Validates a view's fields for resource_view_create or _update; throws CKAN's ValidationError. */
export function validateView(ctx: Context, params: Record<string, unknown>, plugin: ViewPlugin, mode: 'create' | 'update'): ViewFields {
  const schema: Schema = { ...createSchema, ...(mode === 'update' ? updateChanges : {}), ...plugin.schema }
  const { data, errors } = runSchema(schema, params, ctx)
  const all: Record<string, string[]> = { ...errors }
  // Mirrors navl: unknown keys gather in __extras, which the schema's `empty` validator refuses.
  if (Object.keys(params).some((key) => !(key in schema))) all.__extras = ['The input field __extras was not expected.']
  const keys = Object.keys(all).sort()
  if (keys.length) throw new ValidationError(Object.fromEntries(keys.map((key) => [key, all[key]])))
  const config: Record<string, unknown> = {}
  for (const key of Object.keys(plugin.schema).sort()) if (typeof data[key] === 'string') config[key] = data[key]
  // ignore_missing drops null in CKAN: such a field is not sent, and an update keeps its value.
  const given = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined)
  return { resource_id: given('resource_id'), title: given('title'), description: given('description'), config }
}
