/**
 * A dataset's tags (and tag_string), validated as CKAN's default tag schema
 * does: name 2–100 characters of letters, digits, space, "-", "_" or ".",
 * vocabulary (by id) must exist. Duplicates are dropped.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { pythonJsonDumps } from '../validate/python-json.ts'
import { notEmptyRefuses } from '../validate/validators.ts'
import { pythonLength, text } from './field-values.ts'

/** A tag as saved: its name and vocabulary id (null for free tags). */
export type TagRef = { name: string; vocabulary_id: string | null }

const tagCharset = /^[\p{L}\p{N}_ .-]*$/u

/** The messages a tag name earns (CKAN's tag_length_validator, then tag_name_validator). */
export function tagNameErrors(name: string): string[] {
  const errors: string[] = []
  const length = pythonLength(name)
  if (length < 2) errors.push(`Tag "${name}" length is less than minimum 2`)
  if (length > 100) errors.push(`Tag "${name}" length is more than maximum 100`)
  if (!tagCharset.test(name)) {
    errors.push(
      `Tag "${name}" can only contain alphanumeric characters, spaces (" "), hyphens ("-"), underscores ("_") or dots (".")`,
    )
  }
  return errors
}

/**
 * Validates the `tags` list (dicts, already checked structurally). Returns
 * the tags and CKAN's aligned error list ({} for a valid tag), or no errors.
 */
export function validateTags(
  db: Sqlite,
  tags: Record<string, unknown>[],
): { tags: TagRef[]; errors: Record<string, string[]>[] | null } {
  const result: TagRef[] = []
  const errors: Record<string, string[]>[] = []
  let failed = false
  for (const tag of tags) {
    const tagErrors: Record<string, string[]> = {}
    const name = validateName(tag, tagErrors)
    const vocabularyId = validateVocabulary(db, tag.vocabulary_id, tagErrors)
    if (Object.keys(tagErrors).length) failed = true
    else result.push({ name: name as string, vocabulary_id: vocabularyId })
    errors.push(tagErrors)
  }
  return { tags: dedupe(result), errors: failed ? errors : null }
}

/**
 * CKAN's tag_string_convert: a comma-separated string (or a list) of free
 * tags; the first bad one is reported under tag_string.
 */
export function tagStringTags(value: unknown): { tags: TagRef[]; error: string | null } {
  const names = typeof value === 'string'
    ? value.split(',').map((name) => name.trim()).filter((name) => name !== '')
    : Array.isArray(value) ? value.map((name) => String(text(name))) : []
  for (const name of names) {
    const messages = tagNameErrors(name)
    if (messages.length) return { tags: [], error: messages[0] }
  }
  return { tags: names.map((name) => ({ name, vocabulary_id: null })), error: null }
}

/** Drops repeated (name, vocabulary) pairs, keeping the first. */
export function dedupe(tags: TagRef[]): TagRef[] {
  const seen = new Set<string>()
  return tags.filter((tag) => {
    const key = `${tag.vocabulary_id ?? ''}\u0000${tag.name}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function validateName(tag: Record<string, unknown>, errors: Record<string, string[]>): string | undefined {
  if (!('name' in tag) || notEmptyRefuses(tag.name)) {
    errors.name = ['Missing value']
    return undefined
  }
  const value = text(tag.name)
  const name = typeof value === 'string' ? value : pythonJsonDumps(value)
  const messages = tagNameErrors(name)
  if (messages.length) errors.name = messages
  return name
}

function validateVocabulary(db: Sqlite, value: unknown, errors: Record<string, string[]>): string | null {
  if (value === undefined || value === null) return null
  // CKAN's vocabulary_id_exists looks the vocabulary up by id only: a vocabulary's name is not found.
  const row = sql(db, 'SELECT id FROM vocabularies WHERE id = ?').get(String(text(value))) as { id: string } | undefined
  if (!row) {
    errors.vocabulary_id = ['Tag vocabulary was not found.']
    return null
  }
  return row.id
}
