/** CKAN's get_or_bust: required keys checked before anything else in an action. */
import { ValidationError } from '../errors.ts'

/**
 * Throws CKAN's ValidationError `{key: ["Missing value"]}` for each absent key.
 *
 * Mirrors ckan.logic.get_or_bust (navl's not_missing): only an absent key
 * fails; null or "" pass and are the action's business.
 */
export function getOrBust(params: Record<string, unknown>, ...keys: string[]): void {
  const missing = keys.filter((key) => params[key] === undefined)
  if (missing.length) throw new ValidationError(Object.fromEntries(missing.map((key) => [key, ['Missing value']])))
}
