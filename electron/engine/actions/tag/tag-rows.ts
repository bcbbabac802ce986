/**
 * Tag and vocabulary rows as CKAN's tag and vocabulary actions read them:
 * lookups by id or name, and the dicts they return.
 */
import type { Sqlite } from '../../db/open.ts'
import { sql } from '../../db/statements.ts'

/** A row of the tags table. */
export type TagRow = { id: string; name: string; vocabulary_id: string | null }
/** A row of the vocabularies table. */
export type VocabularyRow = { id: string; name: string }

/** A tag as tag_list (all_fields) and vocabularies show it (066). */
export type TagDict = { id: string; name: string; vocabulary_id: string | null; display_name: string }

/** CKAN's tag dict: the row plus display_name (the name, until a plugin translates it). */
export function tagDict(row: TagRow): TagDict {
  return { id: row.id, name: row.name, vocabulary_id: row.vocabulary_id, display_name: row.name }
}

/** The vocabulary with this id, or else this name (CKAN's Vocabulary.get). */
export function findVocabulary(db: Sqlite, ref: unknown): VocabularyRow | undefined {
  if (typeof ref !== 'string' || ref === '') return undefined
  return (sql(db, 'SELECT id, name FROM vocabularies WHERE id = ?').get(ref) ??
    sql(db, 'SELECT id, name FROM vocabularies WHERE name = ?').get(ref)) as VocabularyRow | undefined
}

/** The vocabulary's tags in creation order (CKAN does not sort them, 066, 069). */
export function vocabularyTags(db: Sqlite, vocabularyId: string): TagRow[] {
  return sql(db, 'SELECT id, name, vocabulary_id FROM tags WHERE vocabulary_id = ? ORDER BY rowid').all(
    vocabularyId,
  ) as TagRow[]
}

/** A vocabulary as vocabulary_show returns it: id, name and its tags. */
export function vocabularyDict(db: Sqlite, vocabulary: VocabularyRow): Record<string, unknown> {
  return { id: vocabulary.id, name: vocabulary.name, tags: vocabularyTags(db, vocabulary.id).map(tagDict) }
}

/**
 * CKAN 2.10's Tag.get: with a vocabulary given, it must exist and hold the
 * tag (by id or name), else there is none; without one, the tag with this id
 * (in any vocabulary), else the free tag of this name.
 */
export function findTag(db: Sqlite, ref: unknown, vocabularyRef?: unknown): TagRow | undefined {
  if (typeof ref !== 'string' || ref === '') return undefined
  let vocabulary: VocabularyRow | undefined
  if (vocabularyRef !== undefined && vocabularyRef !== null && vocabularyRef !== '') {
    vocabulary = findVocabulary(db, vocabularyRef)
    if (!vocabulary) return undefined
  }
  const byId = sql(db, 'SELECT id, name, vocabulary_id FROM tags WHERE id = ?').get(ref) as TagRow | undefined
  if (byId) return !vocabulary || byId.vocabulary_id === vocabulary.id ? byId : undefined
  if (vocabulary) {
    return sql(db, 'SELECT id, name, vocabulary_id FROM tags WHERE name = ? AND vocabulary_id = ?').get(ref, vocabulary.id) as
      | TagRow
      | undefined
  }
  return sql(db, 'SELECT id, name, vocabulary_id FROM tags WHERE name = ? AND vocabulary_id IS NULL').get(ref) as
    | TagRow
    | undefined
}
