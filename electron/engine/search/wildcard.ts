/**
 * Wildcard terms on tokenised fields. A trailing `*` is an FTS5 prefix query;
 * any other pattern is matched against the index's vocabulary (as Solr
 * rewrites wildcard queries to the indexed terms they match), with Solr's
 * clause limit on how many terms one pattern may stand for.
 */
import { sql } from '../db/statements.ts'
import type { Sqlite } from '../db/open.ts'
import { SearchError } from '../errors.ts'
import { ftsJoin, ftsPhrase, ftsPrefix } from './fts-query.ts'
import { keyTokenGlob } from './keys.ts'
import { pyRepr } from './py-repr.ts'
import { maxClauses } from './query-node.ts'

/** The vocabulary tables of the two FTS5 tables. */
export type VocabularyTable = 'search_fts_vocab' | 'search_field_fts_vocab'

/** An FTS5 expression for a GLOB pattern over indexed words, or 'none' when no word matches. */
export function ftsWildcard(db: Sqlite, vocabulary: VocabularyTable, glob: string): string | 'none' {
  const prefix = /^([^*?[]*)\*$/.exec(glob)
  if (prefix) return ftsPrefix(prefix[1]) ?? 'none'
  const pattern = foldCase(glob)
  const literal = /^[^*?[]*/.exec(pattern)?.[0] ?? ''
  const words = sql(
    db,
    `SELECT term FROM ${vocabulary} WHERE term >= ? AND term < ? AND term GLOB ? AND term NOT GLOB ? LIMIT ${maxClauses + 1}`,
  )
    .pluck()
    .all(literal, `${literal}\u{10ffff}`, pattern, keyTokenGlob) as string[]
  if (words.length > maxClauses) {
    throw new SearchError(pyRepr(`Cannot run query: the pattern ${glob} matches more than ${maxClauses} terms`))
  }
  const phrases = words.map(ftsPhrase).filter((phrase): phrase is string => phrase !== null)
  return phrases.length ? ftsJoin('OR', phrases) : 'none'
}

/** Lower case without diacritics, as the unicode61 tokenizer indexes words (GLOB's wildcards are untouched). */
export function foldCase(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** A GLOB pattern as a RegExp, for values matched in JavaScript (constants, capacity). */
export function globRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]
    if (char === '*') source += '.*'
    else if (char === '?') source += '.'
    else if (char === '[') {
      const end = glob.indexOf(']', i + 2)
      source += end > 0 ? glob.slice(i + 1, end).replace(/[\\^$.|?*+()[\]{}]/g, '\\$&') : '\\['
      if (end > 0) i = end
    } else source += char.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')
  }
  return new RegExp(`^${source}$`, 's')
}
