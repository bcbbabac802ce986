/**
 * A dataset dict validated as CKAN 2.10's create/update package schema does,
 * with CKAN's messages accumulating per field, then normalised for saving.
 * Unknown top-level keys are kept as sent (deliberate: a portal's schema
 * added them and Shelfmark must hold whatever a remote sends).
 */
import { isSysadmin, type Context } from '../context.ts'
import { sql } from '../db/statements.ts'
import { ValidationError } from '../errors.ts'
import { checkListsOfDicts } from './check-structure.ts'
import { addError, text } from './field-values.ts'
import { groupIdsOf } from './package-groups.ts'
import type { PackageDict, PackageRow } from './store.ts'
import { validateExtras } from './validate-extras.ts'
import { validateFields, type CoreFields } from './validate-fields.ts'
import { validateRelationshipLists, type RelationshipLists } from './validate-relationships.ts'
import { validateResource, type ResourceDraft } from './validate-resource.ts'
import { dedupe, tagStringTags, validateTags, type TagRef } from './validate-tags.ts'

/** The dataset being updated; absent on create. */
export type PackageTarget = { row: PackageRow; stored: PackageDict }

/** A dataset ready to save. */
export type ValidatedPackage = {
  /** The id: the existing one on update; on create the one a sysadmin sent, else null. */
  id: string | null
  fields: CoreFields
  /** Top-level keys CKAN's schema does not know, as sent. */
  custom: Record<string, unknown>
  resources: ResourceDraft[]
  tags: TagRef[]
  extras: Record<string, unknown>[]
  /** The groups (not organizations) listed in the dict. */
  groupIds: string[]
  /** The relationship lists the dict sent, saved as CKAN's package_dict_save does. */
  relationships: RelationshipLists
}

/** How a dataset write validates (package_create and package_update differ). */
export type ValidateOptions = {
  /** package_update's mimetype guess for resources sent without the key (package_create does not guess). */
  guessMimetype: boolean
}

/** Keys the server computes or CKAN's forms use, never stored as sent. */
const droppedKeys = new Set([
  'metadata_created', 'metadata_modified', 'creator_user_id', 'num_resources', 'num_tags', 'organization', 'isopen',
  'license_title', 'license_url', 'plugin_data', 'extras_validation', '__extras', '__junk', '__before', 'save',
  'return_to', 'log_message', 'tag_string', 'relationships_as_object', 'relationships_as_subject',
])
const coreKeys = new Set([
  'id', 'name', 'title', 'author', 'author_email', 'maintainer', 'maintainer_email', 'license_id', 'notes', 'url',
  'version', 'state', 'type', 'owner_org', 'private', 'resources', 'tags', 'extras', 'groups',
])

/** Validates a create (no target) or update; throws CKAN's Integrity or Validation Error. */
export function validatePackage(
  ctx: Context,
  input: Record<string, unknown>,
  target: PackageTarget | null,
  options: ValidateOptions,
): ValidatedPackage {
  checkListsOfDicts(input)
  const errors: Record<string, unknown> = {}
  const id = target ? target.row.id : createId(ctx, input.id, errors)
  const fields = validateFields(ctx, input, target?.row ?? null, id, errors)
  checkLogMessage(input.log_message, errors)
  const resources = validateResources(ctx, input, target ? target.row.id : id, options, errors)
  const tags = validateAllTags(ctx, input, errors)
  const extras = validateExtraList(input, errors)
  const relationships = validateRelationshipLists(input, errors)
  if (Object.keys(errors).length) throw new ValidationError(withTagErrorsCleaned(errors))
  return { id, fields, custom: customFields(input), resources, tags, extras, groupIds: groupIdsOf(ctx.db, input.groups), relationships }
}

/** Only sysadmins may choose a new dataset's id (CKAN's empty_if_not_sysadmin + package_id_does_not_exist). */
function createId(ctx: Context, value: unknown, errors: Record<string, unknown>): string | null {
  if (value === undefined || value === null || value === '' || value === false || value === 0) return null
  if (!isSysadmin(ctx)) {
    addError(errors, 'id', 'The input field id was not expected.')
    return null
  }
  const id = String(text(value))
  if (sql(ctx.db, 'SELECT 1 FROM packages WHERE id = ?').get(id)) addError(errors, 'id', 'Dataset id already exists')
  return id
}

/**
 * CKAN's no_http on log_message: a note naming an `http:` address is refused
 * (the note itself is not stored). Non-strings are read as unicode_safe
 * writes them.
 */
function checkLogMessage(value: unknown, errors: Record<string, unknown>): void {
  const note = text(value)
  if (note === null) return
  if ((typeof note === 'string' ? note : JSON.stringify(note)).includes('http:')) {
    addError(errors, 'log_message', 'No links are allowed in the log_message.')
  }
}

function validateResources(
  ctx: Context,
  input: Record<string, unknown>,
  packageId: string | null,
  options: ValidateOptions,
  errors: Record<string, unknown>,
): ResourceDraft[] {
  const list = (input.resources as Record<string, unknown>[] | undefined) ?? []
  const resourceErrors: Record<string, string[]>[] = []
  const drafts = list.map((resource) => {
    const own: Record<string, string[]> = {}
    const draft = validateResource(ctx.db, resource, { guessMimetype: options.guessMimetype, packageId }, own)
    resourceErrors.push(own)
    return draft
  })
  if (resourceErrors.some((own) => Object.keys(own).length)) errors.resources = resourceErrors
  return drafts
}

function validateAllTags(ctx: Context, input: Record<string, unknown>, errors: Record<string, unknown>): TagRef[] {
  const { tags, errors: tagErrors } = validateTags(ctx.db, (input.tags as Record<string, unknown>[] | undefined) ?? [])
  if (tagErrors) errors.tags = tagErrors
  if (input.tag_string === undefined || input.tag_string === null) return tags
  const fromString = tagStringTags(input.tag_string)
  if (fromString.error) addError(errors, 'tag_string', fromString.error)
  return dedupe([...tags, ...fromString.tags])
}

function validateExtraList(input: Record<string, unknown>, errors: Record<string, unknown>): Record<string, unknown>[] {
  const { extras, errors: extraErrors, duplicate } = validateExtras((input.extras as Record<string, unknown>[] | undefined) ?? [])
  if (duplicate !== null) errors.extras_validation = [`Duplicate key "${duplicate}"`]
  if (extraErrors) errors.extras = extraErrors
  return extras
}

/** The keys a portal's schema added, kept as sent. */
function customFields(input: Record<string, unknown>): Record<string, unknown> {
  const custom: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input)) {
    if (!coreKeys.has(key) && !droppedKeys.has(key) && value !== undefined) custom[key] = value
  }
  return custom
}

/**
 * CKAN's ValidationError rewrites tag errors: one string per failing tag
 * (its name messages joined with ", "), or the tag's error dict when the
 * name was fine (a vocabulary error); valid tags leave no entry.
 */
export function withTagErrorsCleaned(errors: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(errors.tags)) return errors
  const tags: unknown[] = []
  for (const tagErrors of errors.tags as Record<string, string[]>[]) {
    if (tagErrors.name) tags.push(tagErrors.name.join(', '))
    else if (Object.keys(tagErrors).length) tags.push(tagErrors)
  }
  return { ...errors, tags }
}
