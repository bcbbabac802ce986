/**
 * Rewrites applied to query text before the Lucene parser sees it: the
 * `lucene` grammar lacks a few things Solr accepts (`-(…)`, `NOW/DAY`,
 * `term~2`), and DisMax queries (no colon) are lenient where Lucene is strict.
 */

/** Solr's characters with a meaning in Lucene syntax, as DisMax escapes them (quotes, +, - and wildcards kept). */
const dismaxSpecial = /[\\:(){}[\]^~/!]/g

/** Applies `rewrite` to the text outside double-quoted phrases (escapes respected). */
export function outsideQuotes(text: string, rewrite: (part: string) => string): string {
  let result = ''
  let part = ''
  let i = 0
  while (i < text.length) {
    const char = text[i]
    if (char === '\\' && i + 1 < text.length) {
      part += text.slice(i, i + 2)
      i += 2
      continue
    }
    if (char !== '"') {
      part += char
      i += 1
      continue
    }
    const end = closingQuote(text, i + 1)
    result += rewrite(part) + text.slice(i, end + 1)
    part = ''
    i = end + 1
  }
  return result + rewrite(part)
}

function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i += 1
    else if (text[i] === '"') return i
  }
  return text.length - 1
}

/** True when the double quotes (unescaped) are balanced. */
export function quotesBalanced(text: string): boolean {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i += 1
    else if (text[i] === '"') count += 1
  }
  return count % 2 === 0
}

/**
 * Makes Solr syntax the grammar lacks parseable: `-(…)` / `+(…)` groups at a
 * clause start, date math `NOW/DAY` inside ranges, and `term~2` edit distances.
 */
export function normaliseLucene(text: string): string {
  return outsideQuotes(text, (part) =>
    part
      .replace(/(^|[\s(])[-!]\(/g, '$1NOT (')
      .replace(/(^|[\s(])\+\(/g, '$1(')
      .replace(/(?<=[0-9A-Za-z])\/(?=(?:YEAR|MONTH|DAY|DATE|HOUR|MINUTE|SECOND|MILLI|MILLISECOND)S?\b)/g, '\\/')
      .replace(/(?<=[^\s\\~])~\d+(?:\.\d+)?/g, '~'),
  )
}

/**
 * DisMax leniency (Solr's DisMaxQParser): a dangling quote is dropped, Lucene's
 * special characters other than quotes, + and - are taken literally, and a
 * lone operator sign is ignored, so a colon-free query never fails to parse.
 * Unlike DisMax, `*` and `?` stay wildcards.
 */
export function escapeDismax(text: string): string {
  let balanced = text
  if (!quotesBalanced(balanced)) {
    const last = balanced.lastIndexOf('"')
    balanced = balanced.slice(0, last) + balanced.slice(last + 1)
  }
  return outsideQuotes(balanced, (part) =>
    part
      .replace(dismaxSpecial, (char) => `\\${char}`)
      .replace(/(^|\s)[+-]+(?=\s|$)/g, '$1'),
  )
}

/** A quick upper bound on the clauses of a query, counted before parsing (whitespace-separated words). */
export function roughClauseCount(text: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32
    if (!space && !inWord) count += 1
    inWord = !space
  }
  return count
}

/** Removes Lucene's backslash escapes (`\:` → `:`). */
export function unescapeTerm(text: string): string {
  return text.replace(/\\(.)/gs, '$1')
}

/** True when an unescaped `*` or `?` occurs in the term. */
export function hasWildcard(term: string): boolean {
  for (let i = 0; i < term.length; i++) {
    if (term[i] === '\\') i += 1
    else if (term[i] === '*' || term[i] === '?') return true
  }
  return false
}

/** A Lucene wildcard term as an SQLite GLOB pattern: `*` and `?` stay, escaped and GLOB-special characters become literal. */
export function wildcardToGlob(term: string): string {
  let glob = ''
  for (let i = 0; i < term.length; i++) {
    let char = term[i]
    if (char === '\\' && i + 1 < term.length) {
      char = term[++i]
      glob += '*?['.includes(char) ? `[${char}]` : char
    } else glob += char === '[' ? '[[]' : char
  }
  return glob
}
