/**
 * Tag deletions that reach datasets. A dataset's tags also live in its stored
 * dict, so a deleted tag is first taken off each dataset through
 * package_patch (the one dataset write path: dict, tag rows, index and
 * activity stay in step), then its row goes.
 */
import type { Context } from '../../context.ts'
import { sql } from '../../db/statements.ts'
import { datasetsWithTags } from '../../search/tag-datasets.ts'
import { newId } from '../../time.ts'
import { vocabularyTags } from './tag-rows.ts'

type ShownTag = { id: string; name: string; vocabulary_id: string | null }

/** Removes the tags (by id) from every dataset that has them, then deletes the tag rows. */
export function deleteTags(ctx: Context, tagIds: string[]): void {
  if (!tagIds.length) return
  const doomed = new Set(tagIds)
  const tags = sql(ctx.db, 'SELECT name, vocabulary_id FROM tags WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(tagIds),
  ) as { name: string; vocabulary_id: string | null }[]
  for (const package_id of datasetsWithTags(ctx.db, tags)) {
    // Sysadmin-only callers reach here; the datasets' own auth would only repeat that check.
    const shown = ctx.callIgnoringAuth('package_show', { id: package_id }) as { tags?: ShownTag[] }
    const kept = (shown.tags ?? []).filter((tag) => !doomed.has(tag.id))
    ctx.callIgnoringAuth('package_patch', {
      id: package_id,
      tags: kept.map((tag) => ({ name: tag.name, vocabulary_id: tag.vocabulary_id })),
    })
  }
  sql(ctx.db, 'DELETE FROM tags WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(tagIds))
}

/**
 * Mirrors CKAN's vocabulary_tag_list_save: tags not named any more are
 * deleted, new names are added (after the existing ones, in the given order).
 */
export function saveVocabularyTags(ctx: Context, vocabularyId: string, names: string[]): void {
  const current = vocabularyTags(ctx.db, vocabularyId)
  const wanted = new Set(names)
  deleteTags(
    ctx,
    current.filter((tag) => !wanted.has(tag.name)).map((tag) => tag.id),
  )
  const have = new Set(current.map((tag) => tag.name))
  const insert = sql(ctx.db, 'INSERT INTO tags (id, name, vocabulary_id) VALUES (?, ?, ?)')
  for (const name of names) if (!have.has(name)) insert.run(newId(), name, vocabularyId)
}
