/**
 * Which datasets carry a tag, read from the search index. A dataset's tags
 * live in its stored dict; the index already holds each one as an exact term
 * (`tags` for a free tag, `vocab_{vocabulary name}` for a vocabulary's), so
 * no junction table is kept beside it: one fewer b-tree per tag written on
 * every dataset write (package_create ran about a fifth faster without it).
 * Callers read the index only after it caught up (their actions set
 * readsSearchIndex).
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { termFieldKey } from './term-fields.ts'
import { readableDoc } from './visibility.ts'

/** A tag as the tags table holds it. */
type TagRef = { name: string; vocabulary_id: string | null }

/** The index field a tag is written under, or null when its vocabulary is gone. */
export function tagField(db: Sqlite, tag: TagRef): string | null {
  if (!tag.vocabulary_id) return 'tags'
  const name = sql(db, 'SELECT name FROM vocabularies WHERE id = ?').pluck().get(tag.vocabulary_id) as string | undefined
  return name === undefined ? null : `vocab_${name}`
}

/** Ids of the datasets carrying any of these tags, in any state. */
export function datasetsWithTags(db: Sqlite, tags: TagRef[]): string[] {
  const ids = new Set<string>()
  const carrying = sql(
    db,
    `SELECT d.package_id FROM search_terms t JOIN search_docs d ON d.doc = t.doc
     WHERE t.field = ? AND t.pub IN (0, 1) AND t.value = ?`,
  ).pluck()
  for (const tag of tags) {
    const field = tagField(db, tag)
    if (field) for (const id of carrying.all(termFieldKey(field), tag.name) as string[]) ids.add(id)
  }
  return [...ids]
}

/** Ids of the active public datasets carrying the tag, most recently modified first. */
export function publicDatasetsWithTag(db: Sqlite, tag: TagRef, limit: number): string[] {
  const field = tagField(db, tag)
  if (!field) return []
  return sql(
    db,
    `SELECT d.package_id FROM search_terms t JOIN search_docs d ON d.doc = t.doc
     WHERE t.field = ? AND t.pub = 1 AND t.value = ? ORDER BY d.metadata_modified DESC LIMIT ?`,
  )
    .pluck()
    .all(termFieldKey(field), tag.name, limit) as string[]
}

/**
 * The SQL test, over a tags row aliased `tags`, that a free tag is on at
 * least one active dataset the caller may read (as search decides it).
 * Binds auth/roles.ts readerParams.
 */
export const freeTagInUse = `EXISTS (
  SELECT 1 FROM search_terms t JOIN search_docs d ON d.doc = t.doc
  WHERE t.field = ${termFieldKey('tags')} AND t.pub IN (0, 1) AND t.value = tags.name AND d.state = 'active'
    AND ${readableDoc})`

