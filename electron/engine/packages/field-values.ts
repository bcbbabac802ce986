/**
 * Small value rules shared by the dataset and resource validators, after
 * CKAN's unicode_safe and navl's notions of missing and empty.
 */
import { pythonTruthy } from '../validate/validators.ts'

/**
 * CKAN's unicode_safe for a field value: strings as sent, numbers and
 * booleans as its json.dumps writes them ("true", "42"); absent or null
 * becomes null. Objects and lists are kept as sent (deliberate: portals'
 * schemas put multilingual dicts and lists in core fields, and Shelfmark
 * holds whatever they send). A float sent as 1.0 reads as 1 in JavaScript,
 * so it becomes "1" where CKAN writes "1.0".
 */
export function text(value: unknown): unknown {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') return value
  if (typeof value === 'boolean' || typeof value === 'number') return JSON.stringify(value)
  return value
}

/** Python's falsiness, which navl's not_empty uses ("", 0, false, [], {} and null are empty). */
export function isFalsy(value: unknown): boolean {
  return !pythonTruthy(value)
}

/** A string's length in code points, as Python's len() counts it. */
export function pythonLength(value: string): number {
  let count = 0
  for (const _ of value) count += 1
  return count
}

/** Adds a message to a field's list in an error dict. */
export function addError(errors: Record<string, unknown>, field: string, message: string): void {
  const list = (errors[field] as string[] | undefined) ?? []
  list.push(message)
  errors[field] = list
}
