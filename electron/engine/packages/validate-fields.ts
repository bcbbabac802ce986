/**
 * A dataset's own fields (name, title, owner_org, private, state, ...), as
 * CKAN 2.10's package schemas validate them. On update, a field left out is
 * cleared (package_update replaces the dataset), except those the schema
 * skips when missing: name, owner_org, private and state keep their values.
 */
import { isSysadmin, type Context } from '../context.ts'
import { collaboratesOn, editingCollaborator, hasCapacity } from '../auth/roles.ts'
import { sql } from '../db/statements.ts'
import { findGroupRow } from '../groups/store.ts'
import { addError, isFalsy, pythonLength, text } from './field-values.ts'
import type { PackageRow } from './store.ts'
import { nameValidator, notEmptyRefuses } from '../validate/validators.ts'
import { pythonJsonDumps } from '../validate/python-json.ts'
import { Invalid } from '../validate/navl.ts'

/** The dataset's core scalar fields, normalised. */
export type CoreFields = {
  name: string
  title: unknown
  author: unknown
  author_email: unknown
  maintainer: unknown
  maintainer_email: unknown
  license_id: unknown
  notes: unknown
  url: unknown
  version: unknown
  state: string
  type: string
  owner_org: string | null
  private: boolean
}

// CKAN's email_pattern, with the look-aheads it puts in front: no dot first, none last, no two in a row.
const emailPattern =
  /^(?!\.)(?!.*\.$)(?!.*?\.\.)[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/

/** Validates the core fields of a create (`existing` null) or update; messages go in `errors`. */
export function validateFields(
  ctx: Context,
  input: Record<string, unknown>,
  existing: PackageRow | null,
  id: string | null,
  errors: Record<string, unknown>,
): CoreFields {
  const name = datasetName(ctx, input, existing, id, errors)
  const owner = ownerOrg(ctx, input, existing, errors)
  const isPrivate = privateFlag(input.private, existing, errors)
  if (isPrivate && owner === null) addError(errors, 'private', "Datasets with no organization can't be private.")
  const version = text(input.version)
  if (typeof version === 'string' && pythonLength(version) > 100) {
    addError(errors, 'version', 'Version must be a maximum of 100 characters long')
  }
  return {
    name,
    title: existing || !isFalsy(input.title) ? text(input.title) : name,
    author: text(input.author),
    author_email: email(input.author_email, 'author_email', errors),
    maintainer: text(input.maintainer),
    maintainer_email: email(input.maintainer_email, 'maintainer_email', errors),
    license_id: text(input.license_id),
    notes: text(input.notes),
    url: text(input.url),
    version,
    state: datasetState(ctx, input.state, existing),
    type: existing ? existing.type : typeof input.type === 'string' && input.type !== '' ? input.type : 'dataset',
    owner_org: owner,
    private: isPrivate,
  }
}

/**
 * CKAN's name rules: not_empty (create), name_validator, then
 * package_name_validator's "already in use" and length checks, all of
 * whose messages accumulate.
 */
function datasetName(
  ctx: Context,
  input: Record<string, unknown>,
  existing: PackageRow | null,
  id: string | null,
  errors: Record<string, unknown>,
): string {
  const value = input.name
  if (existing && (value === undefined || value === null)) return existing.name
  // Mirrors navl's not_empty, which lets False and 0 through (its valid_values): they become "false" and "0".
  if (!existing && notEmptyRefuses(value)) {
    addError(errors, 'name', 'Missing value')
    return ''
  }
  // package_create's schema runs unicode_safe before name_validator, so a list or dict becomes its JSON
  // text and fails on the name's form; package_update checks the form first ("Names must be strings").
  // On update a number or boolean also fails the form check; CKAN then crashes (500) looking it up as a name.
  const name = existing ? value : typeof value === 'object' ? pythonJsonDumps(value) : String(text(value))
  if (typeof name !== 'string') {
    addError(errors, 'name', 'Names must be strings')
    return ''
  }
  try {
    nameValidator(name, { key: 'name', data: input, errors: [], ctx })
  } catch (error) {
    if (!(error instanceof Invalid)) throw error
    addError(errors, 'name', error.message)
  }
  const taken = sql(ctx.db, "SELECT id FROM packages WHERE name = ? AND state != 'deleted' AND id != ?").get(
    name,
    existing?.id ?? id ?? '',
  )
  if (taken) addError(errors, 'name', 'That URL is already in use.')
  const length = pythonLength(name)
  if (length < 2) addError(errors, 'name', `Name "${name}" length is less than minimum 2`)
  if (length > 100) addError(errors, 'name', `Name "${name}" length is more than maximum 100`)
  return name
}

/**
 * CKAN's owner_org_validator: required unless unowned datasets are allowed;
 * must name an organization; changing it needs editor rights in the new one.
 * On update a missing or null value keeps the current organization.
 */
function ownerOrg(
  ctx: Context,
  input: Record<string, unknown>,
  existing: PackageRow | null,
  errors: Record<string, unknown>,
): string | null {
  const value = input.owner_org
  if (existing && (value === undefined || value === null)) return existing.owner_org
  if (value === undefined || value === null || value === '') {
    if (!ctx.config.createUnownedDataset) {
      addError(errors, 'owner_org', 'An organization must be provided')
      return existing?.owner_org ?? null
    }
    if (value === '' && existing?.owner_org && !isSysadmin(ctx)) {
      addError(errors, 'owner_org', 'You cannot remove a dataset from an existing organization')
      return existing.owner_org
    }
    return null
  }
  if (existing && value !== existing.owner_org && collaboratorMayNotMove(ctx, existing)) {
    addError(errors, 'owner_org', 'You cannot move this dataset to another organization')
    return existing.owner_org
  }
  // A list or dict is no organization reference (CKAN 2.10 fails on it with a 500).
  const org = typeof value === 'object' ? undefined : findGroupRow(ctx.db, String(text(value)))
  if (!org || org.is_organization !== 1) {
    addError(errors, 'owner_org', 'Organization does not exist')
    return null
  }
  if ((!existing || existing.owner_org !== org.id) && !hasCapacity(ctx, org.id, 'editor')) {
    addError(errors, 'owner_org', 'You cannot add a dataset to this organization')
  }
  return org.id
}

/**
 * While collaborators may not change a dataset's organization (CKAN's
 * default once collaborators are on), an editing collaborator who is not
 * also a member of the dataset's organization keeps it where it is. Mirrors
 * CKAN, which compares the value as sent with the organization's id, so
 * naming the same organization by name counts as a move.
 */
function collaboratorMayNotMove(ctx: Context, existing: PackageRow): boolean {
  if (!ctx.config.allowDatasetCollaborators || ctx.config.allowCollaboratorsToChangeOwnerOrg || isSysadmin(ctx)) return false
  if (!collaboratesOn(ctx, existing.id, editingCollaborator)) return false
  return !(existing.owner_org && hasCapacity(ctx, existing.owner_org, 'member'))
}

/**
 * CKAN's boolean_validator: true/false, or a string meaning true
 * (true/yes/t/y/1) — any other string is false. CKAN 2.10 answers a number
 * with a 500; Shelfmark answers a Validation Error on the field.
 */
function privateFlag(value: unknown, existing: PackageRow | null, errors: Record<string, unknown>): boolean {
  if (value === undefined || value === null) return existing ? existing.private === 1 : false
  if (typeof value === 'boolean') return value
  if (typeof value === 'string') return ['true', 'yes', 't', 'y', '1'].includes(value.toLowerCase())
  addError(errors, 'private', 'Must be a boolean value')
  return false
}

/** `state` is kept on create only for sysadmins (ignore_not_package_admin); on update for anyone allowed to update. */
function datasetState(ctx: Context, value: unknown, existing: PackageRow | null): string {
  const state = typeof value === 'string' && value !== '' ? value : null
  if (existing) return state ?? existing.state
  return state !== null && isSysadmin(ctx) ? state : 'active'
}

/** CKAN's strip_value + email_validator for author_email and maintainer_email. */
function email(value: unknown, field: string, errors: Record<string, unknown>): unknown {
  const converted = text(value)
  if (typeof converted !== 'string') return converted
  const stripped = converted.trim()
  if (stripped !== '' && !emailPattern.test(stripped)) addError(errors, field, `Email ${stripped} is not a valid format`)
  return stripped
}
