/**
 * Validation of an organization or group dict on create and update: CKAN's
 * default_group_schema, with its list-of-dicts fields (extras, users,
 * packages, groups) checked element by element.
 */
import type { Context } from '../context.ts'
import { IntegrityError, ValidationError } from '../errors.ts'
import { Invalid, MISSING, runSchema, type Schema, type Validator } from '../validate/navl.ts'
import { ignoreMissing, nameValidator, notEmpty, notEmptyRefuses, unicodeSafe } from '../validate/validators.ts'
import { isGroupNameTaken } from './store.ts'
import { findPackageRow } from '../packages/store.ts'

/** Keys CKAN's group schema knows or computes; any other top-level key is a portal's custom field. */
export const coreGroupKeys = new Set([
  'id', 'name', 'title', 'description', 'image_url', 'image_display_url', 'type', 'state', 'created',
  'is_organization', 'approval_status', 'extras', 'packages', 'users', 'groups', 'tags', 'display_name',
  'package_count', 'num_followers', 'member_count', 'revision_id', 'image_upload', 'clear_upload',
])

/** An entry of `users`, `packages` or `groups`, once validated. */
export type MemberEntry = { name: string; capacity?: string }

/** A validated group form; lists are absent when the request did not send them. */
export type GroupForm = {
  id?: string
  name?: string
  title?: string
  description?: string
  image_url?: string
  type?: string
  state?: string
  approval_status?: string
  extras?: { key: string; value: unknown; deleted?: unknown }[]
  users?: MemberEntry[]
  packages?: MemberEntry[]
  groups?: MemberEntry[]
  custom: Record<string, unknown>
}

/** Mirrors group_name_validator: the name space is shared by groups and organizations, in any state. */
function groupNameValidator(exceptId?: string): Validator {
  return (value, field) => {
    if (typeof value === 'string' && isGroupNameTaken(field.ctx.db, value, exceptId)) {
      throw new Invalid('Group name already exists in database')
    }
    return value
  }
}

/** The scalar part of default_group_schema; on update the name may be omitted. */
function scalarSchema(isUpdate: boolean, exceptId?: string): Schema {
  return {
    id: [ignoreMissing, unicodeSafe],
    // default_update_group_schema checks a new name only for being free, not its form.
    name: isUpdate
      ? [ignoreMissing, groupNameValidator(exceptId), unicodeSafe]
      : [notEmpty, unicodeSafe, nameValidator, groupNameValidator()],
    title: [ignoreMissing, unicodeSafe],
    description: [ignoreMissing, unicodeSafe],
    image_url: [ignoreMissing, unicodeSafe],
    type: [ignoreMissing, unicodeSafe],
    state: [ignoreMissing, unicodeSafe],
    approval_status: [ignoreMissing, unicodeSafe],
  }
}

/**
 * Validates a create (or, with `existingId`, update) request. Throws CKAN's
 * 409 with every field's messages, or a 400 Integrity Error when a list of
 * dicts is not one.
 */
export function validateGroupForm(ctx: Context, params: Record<string, unknown>, existingId?: string): GroupForm {
  const { data, errors } = runSchema(scalarSchema(existingId !== undefined, existingId), params, ctx)
  const listErrors: Record<string, unknown> = {}
  const extras = checkList(params, 'extras', extraErrors, listErrors)
  const users = checkList(params, 'users', nameErrors, listErrors)
  const packages = checkList(params, 'packages', (item) => packageErrors(ctx, item), listErrors)
  const groups = checkList(params, 'groups', nameErrors, listErrors)
  if (Object.keys(errors).length || Object.keys(listErrors).length) {
    throw new ValidationError({ ...errors, ...listErrors })
  }
  const custom: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(params)) if (!coreGroupKeys.has(key)) custom[key] = value
  const form: GroupForm = { custom }
  for (const key of ['id', 'name', 'title', 'description', 'image_url', 'type', 'state', 'approval_status'] as const) {
    if (key in data && data[key] !== MISSING) form[key] = data[key] as string
  }
  if (extras) form.extras = extras as GroupForm['extras']
  if (users) form.users = users.map((item) => entryOf(item, item.name))
  if (packages) form.packages = packages.map((item) => entryOf(item, item.id))
  if (groups) form.groups = groups.map((item) => entryOf(item, item.name))
  return form
}

type ItemCheck = (item: Record<string, unknown>) => Record<string, string[]>

/** Checks a list-of-dicts field; records aligned per-item errors; returns the list (or undefined if absent). */
function checkList(
  params: Record<string, unknown>,
  key: string,
  check: ItemCheck,
  errors: Record<string, unknown>,
): Record<string, unknown>[] | undefined {
  const value = params[key]
  if (value === undefined || value === null) return undefined
  const bad = !Array.isArray(value) ? value : value.find((item) => typeof item !== 'object' || item === null || Array.isArray(item))
  if (!Array.isArray(value) || bad !== undefined) {
    // Mirrors CKAN's navl: a non-dict where a list of dicts belongs is a DataError (400 Integrity Error).
    throw new IntegrityError(`Only lists of dicts can be placed against subschema ('${key}',), not ${pythonType(bad)}`)
  }
  const items = value as Record<string, unknown>[]
  const itemErrors = items.map(check)
  if (itemErrors.some((e) => Object.keys(e).length)) errors[key] = itemErrors
  return items
}

/** Mirrors default_extras_schema: key not empty and not a core field; value present. */
const extraErrors: ItemCheck = (item) => {
  const errors: Record<string, string[]> = {}
  if (notEmptyRefuses(item.key)) errors.key = ['Missing value']
  else if (coreGroupKeys.has(String(item.key))) errors.key = ['There is a schema field with the same name']
  if (!('value' in item)) errors.value = ['Missing value']
  return errors
}

/** users and groups entries: default_group_schema's `name: [not_empty, ...]` (an id alone will not do). */
const nameErrors: ItemCheck = (item): Record<string, string[]> => (notEmptyRefuses(item.name) ? { name: ['Missing value'] } : {})

/** packages entries: `id: [not_empty, unicode_safe, package_id_or_name_exists]` (the id may be a name). */
function packageErrors(ctx: Context, item: Record<string, unknown>): Record<string, string[]> {
  if (notEmptyRefuses(item.id)) return { id: ['Missing value'] }
  return findPackageRow(ctx.db, String(item.id)) ? {} : { id: ['Not found: Dataset'] }
}

function entryOf(item: Record<string, unknown>, ref: unknown): MemberEntry {
  const entry: MemberEntry = { name: String(ref) }
  if (typeof item.capacity === 'string' && item.capacity) entry.capacity = item.capacity
  return entry
}

/** How Python prints a value's class, for CKAN-flavoured structural error messages. */
function pythonType(value: unknown): string {
  const name = Array.isArray(value)
    ? 'list'
    : typeof value === 'string'
      ? 'str'
      : typeof value === 'number'
        ? Number.isInteger(value) ? 'int' : 'float'
        : typeof value === 'boolean'
          ? 'bool'
          : value === null
            ? 'NoneType'
            : 'dict'
  return `<class '${name}'>`
}
