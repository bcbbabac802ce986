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

/** The help lines tag_search and tag_autocomplete share: where candidates come from (the sentence ends with each one's empty-query rule). */
export const tagCandidatesHelp = `Without vocabulary_id the candidates are free tags (those outside any
vocabulary) used by datasets the caller can see; with it, the tags of
that vocabulary. Matching ignores case; an empty query`

/** The parameter lines tag_search and tag_autocomplete share; `limit` counts `noun`. */
export function tagSearchParamsHelp(noun: string): string {
  return `:param query: text to look for; with a list, a name must contain every
    item (q is accepted instead)
:type query: string or list of strings
:param vocabulary_id: id or name of a vocabulary to search instead
    (optional)
:type vocabulary_id: string
:param limit: most ${noun} to return (optional, default: all)
:type limit: int
:param offset: how many matches to skip (optional, default: 0)
:type offset: int
:param fields: older way to pass the text, as {"tags": ...} (optional)
:type fields: dictionary
`
}

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
