/** How CKAN's vocabulary_show/update/delete read their `id`. */
import type { Context } from '../../context.ts'
import { NotFound, ValidationError } from '../../errors.ts'
import { findVocabulary, type VocabularyRow } from './tag-rows.ts'

/**
 * The vocabulary named by `id` (its id or name). A missing id is CKAN's
 * bare-string error `{"id": "id not in data"}`; an unknown one a 404.
 */
export function vocabularyFromParams(ctx: Context, params: Record<string, unknown>): VocabularyRow {
  const ref = params.id
  if (ref === undefined || ref === null || ref === '') throw new ValidationError({ id: 'id not in data' })
  const vocabulary = findVocabulary(ctx.db, typeof ref === 'string' ? ref : String(ref))
  if (!vocabulary) throw new NotFound(`Could not find vocabulary "${String(ref)}"`)
  return vocabulary
}
