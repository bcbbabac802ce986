/**
 * search_terms.field as stored: a small integer for the fields most datasets
 * carry, the field's name for the rest (extras, custom keys, vocabularies).
 * Each of a dataset's ~20 exact terms is written twice (the table and its
 * value index); the integer spares about ten bytes of name in each, about 12 %
 * of those two b-trees on generated catalogs. The column has no type affinity
 * (migration 0010), so 1 and '1' stay different keys.
 *
 * The list is part of every catalog's index: only ever append to it. Changing
 * an entry needs a migration that rewrites search_terms.
 */
import type { Sqlite } from '../db/open.ts'

const numbered = [
  'res_url', 'tags', 'organization', 'res_format', 'license_id', 'license_title', 'license_url', 'isopen',
  'author_email', 'maintainer_email', 'groups', 'res_type',
] as const

// BigInts: better-sqlite3 binds a JS number as a REAL (eight bytes), a BigInt as an INTEGER (one).
const keys = new Map<string, bigint>(numbered.map((name, index) => [name, BigInt(index)]))

/** The stored key of a field name: bind it as a parameter, or write it into SQL as it prints. */
export function termFieldKey(name: string): bigint | string {
  return keys.get(name) ?? name
}

/** The field name of a key as read back (better-sqlite3 reads INTEGERs as numbers). */
export function termFieldName(key: number | bigint | string): string {
  return typeof key === 'string' ? key : numbered[Number(key)]
}

/** `search_field_key(name)` in SQL, for the migration that rewrote stored names as keys. */
export function registerTermFieldKey(db: Sqlite): void {
  db.function('search_field_key', { deterministic: true }, (name: unknown) => (typeof name === 'string' ? termFieldKey(name) : name))
}
