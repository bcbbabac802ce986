/**
 * CKAN's _tag_search, behind tag_search and tag_autocomplete: free tags in
 * use (or a vocabulary's tags) whose names contain every query term,
 * case-insensitively.
 */
import type { Context } from '../../context.ts'
import { NotFound } from '../../errors.ts'
import type { Schema } from '../../validate/navl.ts'
import { ignoreMissing, naturalNumber } from '../../validate/validators.ts'
import { freeTagsInUse, matchingAll, searchTerms } from '../tag/tag_list.ts'
import { findVocabulary, vocabularyTags, type TagRow } from '../tag/tag-rows.ts'

/** limit and offset as natural numbers; query/q and vocabulary_id as sent. */
export const tagSearchSchema: Schema = {
  limit: [ignoreMissing, naturalNumber],
  offset: [ignoreMissing, naturalNumber],
}

/** The page of matching tags and how many matched in all. */
export function searchTags(ctx: Context, data: Record<string, unknown>): { tags: TagRow[]; count: number } {
  const terms = searchTerms(data.query || data.q)
  const fields = data.fields
  if (fields && typeof fields === 'object' && !Array.isArray(fields)) {
    for (const [field, value] of Object.entries(fields)) if (field === 'tag' || field === 'tags') terms.push(...searchTerms(value))
  }
  let tags: TagRow[]
  if ('vocabulary_id' in data) {
    const vocabulary = findVocabulary(ctx.db, data.vocabulary_id) ?? notFoundVocabulary()
    tags = vocabularyTags(ctx.db, vocabulary.id)
  } else tags = freeTagsInUse(ctx)
  if (!terms.length) return { tags: [], count: 0 }
  const matched = matchingAll(tags, terms)
  const offset = (data.offset as number | undefined) ?? 0
  const limit = data.limit as number | undefined
  return { tags: matched.slice(offset, limit === undefined ? undefined : offset + limit), count: matched.length }
}

function notFoundVocabulary(): never {
  throw new NotFound()
}
