/** Validators of package_search's schema (ckan/logic/schema.py default_package_search_schema). */
import { Invalid, MISSING, type Validator } from './navl.ts'

/** Mirrors list_of_strings: a list whose items are all strings. */
export const listOfStrings: Validator = (value) => {
  if (!Array.isArray(value)) throw new Invalid('Not a list')
  for (const item of value) if (typeof item !== 'string') throw new Invalid(`Not a string: ${String(item)}`)
  return value
}

/** Mirrors convert_to_list_if_string: a string becomes a list of one. */
export const convertToListIfString: Validator = (value) => (typeof value === 'string' ? [value] : value)

/** A string, or a list of strings (a repeated GET parameter), else list_of_strings' messages. */
export const stringOrListOfStrings: Validator = (value, field) => {
  if (value === MISSING || typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return listOfStrings(value, field)
}
