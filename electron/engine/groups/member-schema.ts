/**
 * CKAN's member_schema, used by {organization,group}_member_create: the group
 * and user must exist and the role must be one of CKAN's roles.
 */
import { sql } from '../db/statements.ts'
import { Invalid, type Schema, type Validator } from '../validate/navl.ts'
import { notMissing, unicodeSafe } from '../validate/validators.ts'
import { findGroupRow } from './store.ts'

/** CKAN's roles (authz.get_roles), in member_roles_list order. */
export const roles = ['admin', 'editor', 'member'] as const

/** Mirrors group_id_or_name_exists. */
const groupIdOrNameExists: Validator = (value, field) => {
  if (!findGroupRow(field.ctx.db, value)) throw new Invalid('That group name or ID does not exist.')
  return value
}

/** Mirrors user_id_or_name_exists (its message really is "Not found: User"). */
const userIdOrNameExists: Validator = (value, field) => {
  const found =
    typeof value === 'string' &&
    (sql(field.ctx.db, 'SELECT 1 FROM users WHERE id = ?').get(value) ?? sql(field.ctx.db, 'SELECT 1 FROM users WHERE name = ?').get(value))
  if (!found) throw new Invalid('Not found: User')
  return value
}

/** Mirrors role_exists. */
const roleExists: Validator = (value) => {
  if (!(roles as readonly unknown[]).includes(value)) throw new Invalid('role does not exist.')
  return value
}

/** id (group), username, role. */
export const memberSchema: Schema = {
  id: [notMissing, groupIdOrNameExists, unicodeSafe],
  username: [notMissing, userIdOrNameExists, unicodeSafe],
  role: [notMissing, roleExists, unicodeSafe],
}
