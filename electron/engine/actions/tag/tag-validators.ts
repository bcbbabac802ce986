/**
 * CKAN's tag and vocabulary validators (ckan/logic/validators.py), with its
 * exact messages, and the way its ValidationError reshapes tag errors.
 */
import { sql } from '../../db/statements.ts'
import { IntegrityError } from '../../errors.ts'
import { Invalid, MISSING, StopOnError, type Validator } from '../../validate/navl.ts'
import type { Sqlite } from '../../db/open.ts'
import { tagNameErrors } from '../../packages/validate-tags.ts'

function length(text: string): number {
  return [...text].length
}

/** Mirrors tag_length_validator, then tag_name_validator: the same rules as dataset tags. */
export const tagNameMessages = tagNameErrors

/** Mirrors vocabulary_name_validator: 2 to 100 characters, not taken by another vocabulary. */
export const vocabularyNameValidator: Validator = (value, field) => {
  const name = String(value)
  if (length(name) < 2) throw new Invalid('Name must be at least 2 characters long')
  if (length(name) > 100) throw new Invalid('Name must be a maximum of 100 characters long')
  if (sql(field.ctx.db, 'SELECT 1 FROM vocabularies WHERE name = ?').get(name)) {
    throw new Invalid('That vocabulary name is already in use.')
  }
  return name
}

/**
 * Mirrors vocabulary_id_exists: a lookup by primary key, so a vocabulary's
 * name is not found (its docstring says "ID or name", its query takes ids
 * only). Actions that take `id` for a vocabulary (vocabulary_show, tag_show,
 * tag_list) use Vocabulary.get, which takes names too.
 */
export const vocabularyIdExists: Validator = (value, field) => {
  if (!isVocabularyId(field.ctx.db, value)) throw new Invalid('Tag vocabulary was not found.')
  return value
}

function isVocabularyId(db: Sqlite, value: unknown): boolean {
  return typeof value === 'string' && sql(db, 'SELECT 1 FROM vocabularies WHERE id = ?').get(value) !== undefined
}

/** Mirrors tag_not_in_vocabulary: the name must be new in the vocabulary whose id was given. */
export const tagNotInVocabulary: Validator = (value, field) => {
  const name = field.data.name
  if (typeof name !== 'string' || !name) throw new Invalid('No tag name')
  // As CKAN, a plain query by name in that vocabulary: no lookup that could fail on an unknown one.
  if (typeof value !== 'string') return value // vocabularyIdExists has said what is wrong with it
  const existing = sql(field.ctx.db, 'SELECT 1 FROM tags WHERE name = ? AND vocabulary_id = ?').get(name, value)
  if (existing) {
    throw new Invalid(`Tag ${name} already belongs to vocabulary ${String(value)}`)
  }
  return value
}

/**
 * Mirrors CKAN's ValidationError for `tags`: each failing tag becomes one
 * string (its name messages joined with ", "), or its error dict when the
 * name was fine; valid tags leave no entry.
 */
export function summariseTagErrors(errors: Record<string, string[]>[]): unknown[] {
  return errors
    .filter((error) => Object.keys(error).length > 0)
    .map((error) => (error.name ? error.name.join(', ') : error))
}

/**
 * Validates a vocabulary's `tags` (CKAN's default_tags_schema on each dict)
 * and converts them to their distinct names. Not a list of dicts: CKAN's 400
 * Integrity Error; bad tags: the summarised tag messages on `tags`.
 */
export const vocabularyTags: Validator = (value, field) => {
  if (value === MISSING) return value
  if (!Array.isArray(value) || value.some((tag) => typeof tag !== 'object' || tag === null || Array.isArray(tag))) {
    const kind = Array.isArray(value) ? 'list' : typeof value === 'string' ? 'str' : value === null ? 'NoneType' : pythonKind(value)
    throw new IntegrityError(`Only lists of dicts can be placed against subschema ('tags',), not <class '${kind}'>`, field.data)
  }
  const tags = value as Record<string, unknown>[]
  const errors = tags.map((tag) => tagErrors(field.ctx.db, tag))
  if (errors.some((error) => Object.keys(error).length)) {
    // CKAN's summary may hold a dict (a vocabulary_id error); the list carries it as sent.
    field.errors.push(...(summariseTagErrors(errors) as string[]))
    throw new StopOnError()
  }
  return [...new Set(tags.map((tag) => (typeof tag.name === 'string' ? tag.name : JSON.stringify(tag.name))))]
}

function pythonKind(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float'
  return typeof value === 'boolean' ? 'bool' : 'dict'
}

function tagErrors(db: Sqlite, tag: Record<string, unknown>): Record<string, string[]> {
  const errors: Record<string, string[]> = {}
  const name = tag.name
  if (name === undefined || name === null || name === '') errors.name = ['Missing value']
  else {
    const messages = tagNameMessages(typeof name === 'string' ? name : JSON.stringify(name))
    if (messages.length) errors.name = messages
  }
  const vocabularyId = tag.vocabulary_id
  if (vocabularyId !== undefined && vocabularyId !== null && !isVocabularyId(db, String(vocabularyId))) {
    errors.vocabulary_id = ['Tag vocabulary was not found.']
  }
  return errors
}
