/**
 * CKAN's common validators, camelCased (`not_empty` → `notEmpty`) so both
 * code bases grep alike. Messages are CKAN's own, exactly.
 */
import { Invalid, MISSING, StopAndDrop, StopOnError, type Field, type Validator } from './navl.ts'
import { pythonJsonDumps } from './python-json.ts'
import type { EngineConfig } from '../config.ts'

/**
 * Mirrors navl's not_empty: absent, null, "", [] or {} → "Missing value",
 * chain ends. false and 0 pass, as CKAN lists them as valid values.
 */
export const notEmpty: Validator = (value, field) => {
  if (notEmptyRefuses(value)) {
    field.errors.push('Missing value')
    throw new StopOnError()
  }
  return value
}

/**
 * True when navl's not_empty would answer "Missing value": absent, null, ""
 * or an empty list or dict. false and 0 are not empty there (its valid_values),
 * so schemas that check a nested field by hand use this, not Python truthiness.
 */
export function notEmptyRefuses(value: unknown): boolean {
  return value === MISSING || value === null || value === undefined || value === '' || isEmptyContainer(value)
}

function isEmptyContainer(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype && Object.keys(value).length === 0
}

/** Mirrors navl's not_missing: only an absent key fails. */
export const notMissing: Validator = (value, field) => {
  if (value === MISSING) {
    field.errors.push('Missing value')
    throw new StopOnError()
  }
  return value
}

/** Mirrors navl's ignore_missing: absent or null ends the chain quietly. */
export const ignoreMissing: Validator = (value) => {
  if (value === MISSING || value === null || value === undefined) throw new StopOnError()
  return value
}

/** Mirrors navl's ignore_empty: absent, null or "" ends the chain quietly (the key is dropped). */
export const ignoreEmpty: Validator = (value) => {
  if (value === MISSING || value === null || value === undefined || value === '') throw new StopAndDrop()
  return value
}

/** Mirrors navl's ignore: the key is dropped, whatever was sent. */
export const ignore: Validator = () => {
  throw new StopAndDrop()
}

/** Mirrors navl's default(v): absent, null or "" becomes `fallback`. */
export function withDefault(fallback: unknown): Validator {
  return (value) => (value === MISSING || value === null || value === undefined || value === '' ? fallback : value)
}

/**
 * Mirrors unicode_safe: strings pass, absent or null becomes "", anything
 * else becomes its JSON text as Python writes it (true → "true", 5 → "5",
 * a list → '["a", "b"]'). It never refuses a value.
 */
export const unicodeSafe: Validator = (value) => {
  if (typeof value === 'string') return value
  if (value === MISSING || value === null || value === undefined) return ''
  return pythonJsonDumps(value)
}

/**
 * Mirrors int_validator: integers, or strings of one. Python's ints have no
 * bound, so CKAN takes 1e308 and then fails in the database with a 500; here
 * an integer beyond 2^53 (which SQLite would receive as a float) is invalid.
 */
export const intValidator: Validator = (value) => {
  if (value === MISSING || value === null || value === '') return value
  if (typeof value === 'string' && value.trim() === '') return '' // blank, as CKAN's "not value.strip()"
  if (typeof value === 'boolean') return value ? 1 : 0 // Python's bool is an int: divmod(True, 1) is (1, 0)
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value
  // Python's int() also takes single underscores between digits ("1_000").
  if (typeof value === 'string' && /^\s*[-+]?\d+(?:_\d+)*\s*$/.test(value)) {
    const number = Number.parseInt(value.replaceAll('_', ''), 10)
    if (Number.isSafeInteger(number)) return number
  }
  throw new Invalid('Invalid integer')
}

/**
 * A value int_validator passed, or `fallback` where CKAN's would be None
 * (absent, null or blank): CKAN then fails with a 500 in most actions; the
 * default serves instead.
 */
export function intOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback
}

/** Mirrors natural_number_validator: int_validator, then ≥ 0. */
export const naturalNumber: Validator = (value, field) => {
  const number = intValidator(value, field)
  if (typeof number === 'number' && number < 0) throw new Invalid('Must be a natural number')
  return number
}

/** Mirrors is_positive_integer: int_validator, then ≥ 1. */
export const positiveInteger: Validator = (value, field) => {
  const number = intValidator(value, field)
  if (typeof number === 'number' && number < 1) throw new Invalid('Must be a positive integer')
  return number
}

/**
 * Mirrors boolean_validator: true/false, or a string that lower-cases to
 * true/yes/t/y/1 (true) or anything else (false, silently, as CKAN does).
 * CKAN 2.10 crashes with a 500 on a number; we answer a Validation Error.
 */
export const booleanValidator: Validator = (value) => {
  if (value === MISSING || value === null || value === '') return false
  if (typeof value === 'boolean') return value
  if (typeof value === 'string') return ['true', 'yes', 't', 'y', '1'].includes(value.toLowerCase())
  throw new Invalid('Must be a boolean value')
}

/**
 * ckan.common.asbool, which CKAN applies to action flags it reads itself
 * (group_show's include_*, package_search's include_private...): a string by
 * its word, trimmed and in any case; anything else by Python's truthiness.
 * Undefined for a string that is no such word (CKAN raises ValueError).
 */
export function asbool(value: unknown): boolean | undefined {
  if (typeof value !== 'string') return pythonTruthy(value)
  const word = value.trim().toLowerCase()
  if (['true', 'yes', 'on', 'y', 't', '1'].includes(word)) return true
  if (['false', 'no', 'off', 'n', 'f', '0'].includes(word)) return false
  return undefined
}

/** Python's bool(value) for a JSON value: null, false, 0, "", [] and {} are false. */
export function pythonTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0
  return Boolean(value)
}

/** Like booleanValidator but absent stays absent (for optional flags with a default applied elsewhere). */
export function booleanWithDefault(fallback: boolean): Validator {
  return (value, field) => (value === MISSING || value === null || value === '' ? fallback : booleanValidator(value, field))
}

/** Clamps an integer to `max` silently (CKAN's rows_max, limit caps). */
export function clampTo(max: number): Validator {
  return (value) => (typeof value === 'number' && value > max ? max : value)
}

/** Mirrors configured_default: absent, null or "" becomes the engine's setting (a ckan.ini option). */
export function configuredDefault(setting: (config: EngineConfig) => number): Validator {
  return (value, field) => (value === MISSING || value === null || value === undefined || value === '' ? setting(field.ctx.config) : value)
}

/** Mirrors limit_to_configured_maximum: a number above the engine's setting becomes the setting. */
export function limitToConfiguredMaximum(setting: (config: EngineConfig) => number): Validator {
  return (value, field) => {
    const max = setting(field.ctx.config)
    return typeof value === 'number' && value > max ? max : value
  }
}

/** A JSON string parsed, or a value already structured (GET and POST differ). */
export const convertToJsonIfString: Validator = (value) => {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value)
  } catch {
    throw new Invalid('Could not parse as valid JSON')
  }
}

/** A list, or a single value made a list of one (GET sends repeated params as lists). */
export const asList: Validator = (value) => {
  if (value === MISSING || value === null) return value
  return Array.isArray(value) ? value : [value]
}

const nameCharset = /^[a-z0-9_-]*$/

/**
 * Mirrors name_validator (datasets, groups, organizations): a string of 2 to
 * 100 characters from [a-z0-9_-], and not one of CKAN's reserved words.
 */
export const nameValidator: Validator = (value) => {
  if (typeof value !== 'string') throw new Invalid('Names must be strings')
  if (['new', 'edit', 'search'].includes(value)) throw new Invalid('That name cannot be used')
  if (value.length < 2) throw new Invalid('Must be at least 2 characters long')
  if (value.length > 100) throw new Invalid('Name must be a maximum of 100 characters long')
  if (!nameCharset.test(value)) {
    throw new Invalid('Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_')
  }
  return value
}

/** Mirrors user_name_validator's shape checks (uniqueness is the action's job). */
export const userNameValidator: Validator = (value) => {
  if (typeof value !== 'string') throw new Invalid('Names must be strings')
  if (value.length < 2) throw new Invalid('Must be at least 2 characters long')
  if (value.length > 100) throw new Invalid('Name must be a maximum of 100 characters long')
  if (!nameCharset.test(value)) {
    throw new Invalid('Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_')
  }
  return value
}

// CKAN's email_pattern: the WHATWG form pattern behind three look-aheads CKAN 2.9 added (no dot
// first, none last, no two in a row).
const emailPattern = /^(?!\.)(?!.*\.$)(?!.*?\.\.)[\w.!#$%&'*+/=?^`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i

/** Mirrors email_validator: empty passes, anything else must look like an address. */
export const emailValidator: Validator = (value) => {
  if (value === MISSING || value === null || value === '') return value
  if (typeof value !== 'string' || !emailPattern.test(value)) throw new Invalid(`Email ${String(value)} is not a valid format`)
  return value
}

/** A validator that fails with `message` unless `test` holds. */
export function check(test: (value: unknown, field: Field) => boolean, message: string): Validator {
  return (value, field) => {
    if (!test(value, field)) throw new Invalid(message)
    return value
  }
}

/** Strips surrounding whitespace from strings (CKAN's strip_value / url trimming). */
export const stripValue: Validator = (value) => (typeof value === 'string' ? value.trim() : value)
