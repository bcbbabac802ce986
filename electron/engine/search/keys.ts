/**
 * Exact values as FTS5 tokens. Each (field, value) of search_terms, and the
 * "everyone may see it" flag, is also written to search_fts's `keys` column
 * as one opaque token, so filters such as `organization:x` or the public-only
 * visibility join a text query inside FTS5 (a doclist intersection) instead
 * of being checked row by row in SQL.
 */

/** Tokens start "0q" and end "0": digits at both ends keep the porter stemmer off them. */
const prefix = '0q'

/** The token of an exact field value. */
export function keyToken(field: string, value: string): string {
  const text = `${field}\u0000${value}`
  // Two 32-bit FNV-1a hashes with different offsets: 64 bits, collisions negligible at index sizes.
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    a = Math.imul(a ^ code, 0x01000193)
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 13)
  }
  return `${prefix}${(a >>> 0).toString(36).padStart(7, '0')}${(b >>> 0).toString(36).padStart(7, '0')}0`
}

/** The token every dataset visible to everyone (active and public) carries. */
export const publicToken = keyToken('', 'pub')

/** An FTS5 expression matching a key token in the keys column. */
export function keyExpression(token: string): string {
  return `{keys} : "${token}"`
}

/** GLOB that matches key tokens, to keep them out of wildcard expansions. */
export const keyTokenGlob = `${prefix}*0`
