/** CKAN's default_autocomplete_schema, shared by the *_autocomplete actions. */
import type { Schema } from '../../validate/navl.ts'
import { ignoreMissing, naturalNumber, notMissing, unicodeSafe } from '../../validate/validators.ts'

/** Mirrors default_autocomplete_schema: `q` required, `limit` a natural number. */
export const autocompleteSchema: Schema = {
  q: [notMissing, unicodeSafe],
  ignore_by_default: [ignoreMissing],
  limit: [ignoreMissing, naturalNumber],
}

/** `%text%` for LIKE, with LIKE's own characters escaped by `\` (CKAN's escape_sql_like_special_characters). */
export function likeContaining(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
}
