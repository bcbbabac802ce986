/**
 * One resource of a dataset, validated and normalised as CKAN 2.10's
 * default_resource_schema does. Unknown keys are kept as the resource's
 * extras (CKAN stores them flat on the resource), values as sent.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { text } from './field-values.ts'
import { guessFormat, guessMimetype } from './guess-mimetype.ts'
import { isodate } from './isodate.ts'
import { canonicalFormat } from './resource-formats.ts'
import { resourceWithId } from './resource-key.ts'

/** A resource after validation, before ids, positions and timestamps are given. */
export type ResourceDraft = {
  /** The resource dict: core fields with CKAN's defaults (id, position, timestamps still to give), then extras. */
  dict: Record<string, unknown>
  /** An id the client sent (matched against the dataset's resources on update). */
  givenId: string | null
  /** What the client sent in `upload` / `clear_upload` (file uploads plug in at finaliseResource). */
  upload: unknown
  clearUpload: boolean
  /** Fields of keptWhenAbsent the client left out: an existing resource keeps its values for them. */
  absent: string[]
}

/**
 * Core fields an update leaves as they were when the client leaves them out.
 * CKAN saves a resource matched by id with DomainObject.from_dict, which sets
 * the columns the dict names and clears, of those it omits, only the ones
 * declared remove_if_not_provided (url, description, resource_type,
 * mimetype, mimetype_inner); extras are replaced whole.
 */
const keptWhenAbsent = ['format', 'hash', 'name', 'size', 'created', 'last_modified', 'cache_url', 'cache_last_updated', 'url_type']

/** Keys the server sets, whatever the client sends. */
const serverKeys = new Set(['package_id', 'position', 'state', 'metadata_modified', 'upload', 'clear_upload'])
const handledKeys = new Set([
  'id', 'url', 'format', 'hash', 'size', 'description', 'name', 'resource_type', 'url_type', 'mimetype',
  'mimetype_inner', 'cache_url', 'created', 'last_modified', 'cache_last_updated', ...serverKeys,
])

/** How a resource is validated, depending on the dataset write. */
export type ResourceOptions = {
  /** package_update's mimetype guess for resources sent without a `mimetype` key (not package_create's). */
  guessMimetype: boolean
  /** The dataset's id, when it exists: a resource id of another dataset is refused. */
  packageId: string | null
}

/** Validates one resource; messages go in `errors` (field → messages). */
export function validateResource(
  db: Sqlite,
  input: Record<string, unknown>,
  options: ResourceOptions,
  errors: Record<string, string[]>,
): ResourceDraft {
  const givenId = input.id === undefined || input.id === null || input.id === '' ? null : String(text(input.id))
  if (givenId !== null) {
    const holder = resourceHolder(db, givenId)
    // A resource the dataset already holds keeps its id, whatever its shape: a portal (or a CKAN before
    // 2.10.1) may have given it one this check refuses, and the dataset must stay editable here.
    const idError = holder === options.packageId ? null : resourceIdError(givenId)
    if (idError !== null) errors.id = [idError]
    else if (holder !== undefined && holder !== options.packageId) errors.id = ['Resource id already exists.']
  }
  const url = typeof input.url === 'string' ? input.url.trim() : input.url === undefined || input.url === null ? '' : text(input.url)
  // One literal, keys in CKAN's (alphabetical) order: every resource shares its shape, which keeps V8 fast.
  const dict: Record<string, unknown> = {
    cache_last_updated: resourceDate(input.cache_last_updated, 'cache_last_updated', errors),
    cache_url: text(input.cache_url),
    created: resourceDate(input.created, 'created', errors),
    description: text(input.description),
    format: resourceFormat(input.format, givenId, url),
    hash: input.hash === undefined || input.hash === null ? '' : text(input.hash),
    id: givenId,
    last_modified: resourceDate(input.last_modified, 'last_modified', errors),
    metadata_modified: null,
    mimetype: options.guessMimetype && !('mimetype' in input) && typeof input.url === 'string' && input.url !== ''
      ? guessMimetype(input.url)
      : text(input.mimetype),
    mimetype_inner: text(input.mimetype_inner),
    name: text(input.name),
    package_id: options.packageId,
    position: 0,
    resource_type: text(input.resource_type),
    size: resourceSize(input.size, errors),
    state: 'active',
    url,
    url_type: text(input.url_type),
  }
  // The resource's extras (CKAN keeps unknown keys flat on the resource), after the core fields.
  for (const key in input) {
    if (!handledKeys.has(key)) dict[key] = input[key]
  }
  const absent = givenId === null ? [] : keptWhenAbsent.filter((key) => !(key in input))
  return { dict, givenId, upload: input.upload, clearUpload: Boolean(input.clear_upload), absent }
}

/** CKAN's if_empty_guess_format + clean_format: a new resource with no format gets one from its URL. */
function resourceFormat(value: unknown, givenId: string | null, url: unknown): unknown {
  if (value === undefined || value === null || value === '' || value === false || value === 0) {
    if (givenId === null && typeof url === 'string' && url !== '') return guessFormat(url) ?? ''
    return ''
  }
  const format = text(value)
  return typeof format === 'string' ? canonicalFormat(format) : format
}

/** CKAN's int_validator: integers, integral floats, booleans, strings of an integer; "" is null. */
function resourceSize(value: unknown, errors: Record<string, string[]>): number | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'boolean') return value ? 1 : 0 // Python's bool is an int: divmod(True, 1) is (1, 0)
  if (typeof value === 'number' && Number.isInteger(value)) return value
  if (typeof value === 'string') {
    const trimmed = value.trim()
    if (trimmed === '') return null
    if (/^[+-]?\d+$/.test(trimmed.replace(/_/g, ''))) return Number.parseInt(trimmed.replace(/_/g, ''), 10)
  }
  errors.size = ['Invalid integer']
  return null
}

function resourceDate(value: unknown, key: string, errors: Record<string, string[]>): string | null {
  const date = isodate(value)
  if (date === undefined) {
    errors[key] = ['Date format incorrect']
    return null
  }
  return date
}

/**
 * CKAN 2.10.1's resource_id_validator (its fix for CVE-2023-32321, as a
 * resource's id names its file's folder): letters, digits, spaces, "-" and
 * "_" only, 7 to 100 characters. Null when the id passes.
 */
function resourceIdError(id: string): string | null {
  if (/[^0-9a-zA-Z _-]/.test(id)) return 'Invalid characters in resource id'
  if (id.length < 7 || id.length > 100) return 'Invalid length for resource id'
  return null
}

/** The dataset holding the resource with this id, if any (an id held elsewhere is CKAN 2.11's resource_id_does_not_exist). */
function resourceHolder(db: Sqlite, id: string): string | undefined {
  const row = sql(db, `SELECT package_id FROM resources WHERE ${resourceWithId}`).get({ id }) as { package_id: string } | undefined
  return row?.package_id
}
