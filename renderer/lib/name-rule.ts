/**
 * CKAN's URL-name rule, checked in the renderer where the API does not check
 * it: CKAN 2.10's group and organization update schema only asks whether a new
 * name is free, so the edit form applies the create rule itself.
 */

const nameCharset = /^[a-z0-9_-]*$/

/**
 * The messages CKAN's create schema gives a URL name (not_empty, then
 * name_validator: the first rule broken), or none when the name is valid.
 */
export function nameProblems(name: string): string[] {
  if (name === '') return ['Missing value']
  if (['new', 'edit', 'search'].includes(name)) return ['That name cannot be used']
  if (name.length < 2) return ['Must be at least 2 characters long']
  if (name.length > 100) return ['Name must be a maximum of 100 characters long']
  if (!nameCharset.test(name)) return ['Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_']
  return []
}
