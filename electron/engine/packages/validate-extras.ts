/**
 * A dataset's extras, validated as CKAN's default extras schema does: a
 * non-empty key that is not a dataset field, a value key present, and no key
 * twice (reported apart, under extras_validation). Values are kept as sent,
 * strings or not (deliberate: harvested portals store booleans and lists).
 */
import { notEmptyRefuses } from '../validate/validators.ts'
import { text } from './field-values.ts'

/**
 * The keys of CKAN 2.10's create_package_schema, which extras may not reuse
 * (extra_key_not_in_root_schema).
 */
const schemaKeys = new Set([
  '__before', '__extras', '__junk', 'author', 'author_email', 'extras', 'extras_validation', 'groups', 'id',
  'license_id', 'log_message', 'maintainer', 'maintainer_email', 'name', 'notes', 'owner_org', 'plugin_data',
  'private', 'relationships_as_object', 'relationships_as_subject', 'resources', 'return_to', 'save', 'state',
  'tag_string', 'tags', 'title', 'type', 'url', 'version',
])

/** Validated extras (sorted by key, deleted and null-valued ones dropped) and CKAN's errors, if any. */
export function validateExtras(extras: Record<string, unknown>[]): {
  extras: Record<string, unknown>[]
  errors: Record<string, string[]>[] | null
  duplicate: string | null
} {
  const errors: Record<string, string[]>[] = []
  let failed = false
  for (const extra of extras) {
    const extraErrors: Record<string, string[]> = {}
    if (notEmptyRefuses(extra.key)) extraErrors.key = ['Missing value']
    else if (schemaKeys.has(String(text(extra.key)))) extraErrors.key = ['There is a schema field with the same name']
    if (!('value' in extra)) extraErrors.value = ['Missing value']
    if (Object.keys(extraErrors).length) failed = true
    errors.push(extraErrors)
  }
  return { extras: failed ? [] : savedExtras(extras), errors: failed ? errors : null, duplicate: duplicateKey(extras) }
}

/**
 * CKAN's duplicate_extras_key: among extras not marked deleted, the first
 * key met a second time.
 */
function duplicateKey(extras: Record<string, unknown>[]): string | null {
  const seen = new Set<unknown>()
  for (const extra of extras) {
    if (extra.deleted) continue
    const key = extra.key === undefined ? undefined : text(extra.key)
    if (seen.has(key)) return String(key)
    seen.add(key)
  }
  return null
}

/** What package_extras_save keeps: no deleted ones, no null values; `key` and `value` first, other keys as sent. */
function savedExtras(extras: Record<string, unknown>[]): Record<string, unknown>[] {
  const saved: Record<string, unknown>[] = []
  for (const extra of extras) {
    if (extra.deleted || extra.value === null || extra.value === undefined) continue
    const { key, value, deleted: _deleted, ...rest } = extra
    saved.push({ key: text(key), value, ...rest })
  }
  return saved.sort((a, b) => compareText(a.key, b.key))
}

function compareText(a: unknown, b: unknown): number {
  const x = String(a)
  const y = String(b)
  return x < y ? -1 : x > y ? 1 : 0
}
