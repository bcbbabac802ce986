/**
 * FTS5 query strings, built only from tokens we quote ourselves: user text
 * never reaches FTS5's own syntax (AND, NEAR, column filters, `*`).
 */
import { textColumns, type FtsColumn } from './fields.ts'

const tokenChar = /[\p{L}\p{N}]/u

/** True when the text holds at least one character the unicode61 tokenizer keeps. */
export function hasTokens(text: string): boolean {
  return tokenChar.test(text)
}

/** Text as an FTS5 string (a phrase of its tokens); null when it has no tokens. */
export function ftsPhrase(text: string): string | null {
  return hasTokens(text) ? `"${text.replace(/"/g, '""')}"` : null
}

/** A phrase whose last token is a prefix (`flo*`); null when the prefix has no tokens. */
export function ftsPrefix(prefix: string): string | null {
  const phrase = ftsPhrase(prefix)
  return phrase && `${phrase} *`
}

/** Words of a phrase within `distance` of each other, in any order (Lucene's "a b"~N). */
export function ftsNear(text: string, distance: number): string | null {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  if (words.length < 2) return ftsPhrase(text)
  return `NEAR(${words.map((word) => `"${word}"`).join(' ')}, ${Math.max(0, Math.floor(distance))})`
}

/** Restricts an FTS5 expression to some columns (every text column: all but keys). */
export function inColumns(columns: readonly FtsColumn[] | readonly string[], expression: string): string {
  return columns === textColumns ? `- {keys} : (${expression})` : `{${columns.join(' ')}} : (${expression})`
}

/** Joins FTS5 expressions with AND / OR, each parenthesised. */
export function ftsJoin(operator: 'AND' | 'OR', expressions: string[]): string {
  return expressions.length === 1 ? expressions[0] : expressions.map((e) => `(${e})`).join(` ${operator} `)
}
