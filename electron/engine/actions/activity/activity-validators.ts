/**
 * The validators of CKAN's default_create_activity_schema
 * (ckanext/activity/logic/validators.py and ckan/logic/validators.py).
 */
import { sql } from '../../db/statements.ts'
import { findUser } from '../../users/store.ts'
import { Invalid, type Validator } from '../../validate/navl.ts'

/** The table an activity type's object_id must name a row of (CKAN's object_id_validators), and its "Not found" word. */
const objectTables: Record<string, { table: 'packages' | 'users' | 'groups'; noun: string }> = {
  'new package': { table: 'packages', noun: 'Dataset' },
  'changed package': { table: 'packages', noun: 'Dataset' },
  'deleted package': { table: 'packages', noun: 'Dataset' },
  'follow dataset': { table: 'packages', noun: 'Dataset' },
  'new user': { table: 'users', noun: 'User' },
  'changed user': { table: 'users', noun: 'User' },
  'follow user': { table: 'users', noun: 'User' },
  'new group': { table: 'groups', noun: 'Group' },
  'changed group': { table: 'groups', noun: 'Group' },
  'deleted group': { table: 'groups', noun: 'Group' },
  'new organization': { table: 'groups', noun: 'Group' },
  'changed organization': { table: 'groups', noun: 'Group' },
  'deleted organization': { table: 'groups', noun: 'Group' },
  'follow group': { table: 'groups', noun: 'Group' },
}

/** True when the activity type names a dataset (its object_id is a dataset id). */
export function isDatasetActivityType(type: string): boolean {
  return objectTables[type]?.table === 'packages'
}

/** Mirrors activity_type_exists: one of the types CKAN can render. */
export const activityTypeExists: Validator = (value) => {
  if (typeof value === 'string' && Object.hasOwn(objectTables, value)) return value
  throw new Invalid('Not found: Activity type')
}

/**
 * Mirrors object_id_validator: the object must exist, by id only (CKAN's
 * package_id_exists, user_id_exists, group_id_exists), in the table the
 * activity_type names. It reads activity_type as sent, valid or not.
 */
export const objectIdValidator: Validator = (value, field) => {
  const type = field.data.activity_type
  // Python's '%s' of navl's `missing` raises Invalid('Missing value').
  if (type === undefined) throw new Invalid('Missing value')
  const target = typeof type === 'string' && Object.hasOwn(objectTables, type) ? objectTables[type] : undefined
  if (!target) throw new Invalid(`There is no object_id validator for activity type "${pythonStr(type)}"`)
  if (!sql(field.ctx.db, `SELECT 1 FROM ${target.table} WHERE id = ?`).get(value)) throw new Invalid(`Not found: ${target.noun}`)
  return value
}

/** Mirrors convert_user_name_or_id_to_id: the user's id, found by id or name. */
export const convertUserNameOrIdToId: Validator = (value, field) => {
  const user = findUser(field.ctx.db, value)
  if (!user) throw new Invalid('Not found: User')
  return user.id
}

/** Python's str() of a decoded JSON scalar. */
function pythonStr(value: unknown): string {
  if (value === null) return 'None'
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}
