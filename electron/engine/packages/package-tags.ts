/**
 * The tag rows of a dataset's tags. Tag rows are shared between datasets and
 * outlive them (CKAN keeps unused tags; tag_list hides them). Which datasets
 * carry a tag is read from the search index (search/tag-datasets.ts).
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { newId } from '../time.ts'
import type { TagRef } from './validate-tags.ts'

/** A tag as a dataset dict shows it. */
export type TagDict = { display_name: string; id: string; name: string; state: 'active'; vocabulary_id: string | null }

/** Finds or creates each tag row; returns the dataset's tag dicts sorted by name, as package_show lists them. */
export function tagRows(db: Sqlite, tags: TagRef[]): TagDict[] {
  const dicts = tags.map((tag): TagDict => {
    const vocabulary = tag.vocabulary_id ?? ''
    let row = sql(db, "SELECT id FROM tags WHERE name = ? AND ifnull(vocabulary_id, '') = ?").get(tag.name, vocabulary) as
      | { id: string }
      | undefined
    if (!row) {
      row = { id: newId() }
      sql(db, 'INSERT INTO tags (id, name, vocabulary_id) VALUES (?, ?, ?)').run(row.id, tag.name, tag.vocabulary_id)
    }
    return { display_name: tag.name, id: row.id, name: tag.name, state: 'active', vocabulary_id: tag.vocabulary_id }
  })
  return dicts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
