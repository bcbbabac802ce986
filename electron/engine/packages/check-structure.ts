/**
 * The structural check CKAN's navl makes before any validator runs: the
 * dataset's sub-schema keys must hold lists of dicts. Anything else is a
 * DataError, which the API answers with a 400 Integrity Error echoing the
 * request (031), not a 409.
 */
import { IntegrityError } from '../errors.ts'

/** The dataset keys CKAN validates with a sub-schema (lists of dicts). */
export const listKeys = ['resources', 'tags', 'extras', 'groups', 'relationships_as_object', 'relationships_as_subject']

/** Throws CKAN's Integrity Error when a list-of-dicts key holds something else. */
export function checkListsOfDicts(data: Record<string, unknown>): void {
  for (const key of listKeys) {
    if (!(key in data)) continue
    const value = data[key]
    if (Array.isArray(value)) {
      if (value.length === 0) continue
      if (!isDict(value[0])) throw dataError([key], value, data)
      const index = value.findIndex((item) => !isDict(item))
      if (index >= 0) throw dataError([key, index], value[index], data)
    } else {
      throw dataError([key], value, data)
    }
  }
}

/**
 * Runs a save of a dict built from the request (package_patch's, package_revise's)
 * so that an Integrity Error echoes the request itself, as CKAN's API does:
 * those actions hand package_update a new dict and leave the request as sent.
 */
export function echoingRequest<T>(request: Record<string, unknown>, save: () => T): T {
  try {
    return save()
  } catch (error) {
    if (error instanceof IntegrityError && error.data !== undefined) throw new IntegrityError(error.message, request)
    throw error
  }
}

/** True for a plain JSON object. */
export function isDict(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** CKAN's message, with Python's tuple and type names: "...subschema ('extras',), not <class 'dict'>". */
function dataError(path: (string | number)[], value: unknown, data: Record<string, unknown>): IntegrityError {
  const tuple = path.length === 1 ? `('${path[0]}',)` : `(${path.map((p) => (typeof p === 'number' ? p : `'${p}'`)).join(', ')})`
  return new IntegrityError(
    `Only lists of dicts can be placed against subschema ${tuple}, not <class '${pythonType(value)}'>`,
    data,
  )
}

/** The Python type name of a JSON value. */
function pythonType(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType'
  if (typeof value === 'string') return 'str'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float'
  return Array.isArray(value) ? 'list' : 'dict'
}
