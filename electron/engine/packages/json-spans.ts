/**
 * Finds where a top-level value sits in a JSON object's text without parsing
 * it: package_show over HTTP splices the organization and groups into the
 * stored dataset text instead of parsing and re-serialising ~5 KB per call.
 * The walk can start from either end, so a key near the end (groups, after
 * the resources) is found without stepping through everything before it.
 */

/** [start, end) of a value in the text. */
export type Span = readonly [start: number, end: number]

const quote = 34 // "
const backslash = 92
const comma = 44
const colon = 58
const openBrace = 123
const closeBrace = 125
const openBracket = 91
const closeBracket = 93

/**
 * The span of the value of the object's own (top-level) `key`, walking its
 * members from the first or from the last; null when the key is absent or
 * the text is not a JSON object. Nested values are skipped whole, so a
 * nested key of the same name never matches.
 */
export function topLevelValueSpan(text: string, key: string, from: 'start' | 'end'): Span | null {
  const written = JSON.stringify(key).slice(1, -1) // keys are compared as they appear in the text
  return from === 'start' ? spanFromStart(text, written) : spanFromEnd(text, written)
}

function spanFromStart(text: string, key: string): Span | null {
  let at = skipSpace(text, 0)
  if (text.charCodeAt(at) !== openBrace) return null
  at = skipSpace(text, at + 1)
  while (text.charCodeAt(at) === quote) {
    const keyEnd = stringEnd(text, at)
    const isKey = text.slice(at + 1, keyEnd - 1) === key
    at = skipSpace(text, keyEnd)
    if (text.charCodeAt(at) !== colon) return null
    const valueStart = skipSpace(text, at + 1)
    const valueEnd = valueEndFrom(text, valueStart)
    if (isKey) return [valueStart, valueEnd]
    at = skipSpace(text, valueEnd)
    if (text.charCodeAt(at) !== comma) return null
    at = skipSpace(text, at + 1)
  }
  return null
}

function spanFromEnd(text: string, key: string): Span | null {
  let at = skipSpaceBack(text, text.length - 1)
  if (text.charCodeAt(at) !== closeBrace) return null
  at = skipSpaceBack(text, at - 1)
  while (at >= 0) {
    const valueEnd = at + 1
    const valueStart = valueStartFrom(text, at)
    at = skipSpaceBack(text, valueStart - 1)
    if (text.charCodeAt(at) !== colon) return null
    at = skipSpaceBack(text, at - 1)
    if (text.charCodeAt(at) !== quote) return null
    const keyStart = stringStart(text, at)
    if (text.slice(keyStart + 1, at) === key) return [valueStart, valueEnd]
    at = skipSpaceBack(text, keyStart - 1)
    if (text.charCodeAt(at) !== comma) return null
    at = skipSpaceBack(text, at - 1)
  }
  return null
}

/** True when the quote at `at` is escaped (an odd number of backslashes before it). */
function isEscaped(text: string, at: number): boolean {
  let slashes = 0
  while (text.charCodeAt(at - 1 - slashes) === backslash) slashes++
  return slashes % 2 === 1
}

/** Where the string opening at `start` ends, just past its closing quote. */
function stringEnd(text: string, start: number): number {
  let close = text.indexOf('"', start + 1)
  while (close !== -1 && isEscaped(text, close)) close = text.indexOf('"', close + 1)
  return close === -1 ? text.length : close + 1
}

/** Where the string whose closing quote is at `end` opens: an opening quote is never escaped. */
function stringStart(text: string, end: number): number {
  let open = text.lastIndexOf('"', end - 1)
  while (open > 0 && isEscaped(text, open)) open = text.lastIndexOf('"', open - 1)
  return open
}

/** Where the value starting at `start` ends: past its closing quote or bracket, or at the delimiter after a literal. */
function valueEndFrom(text: string, start: number): number {
  const first = text.charCodeAt(start)
  if (first === quote) return stringEnd(text, start)
  let at = start
  if (first !== openBrace && first !== openBracket) {
    while (at < text.length && !endsLiteral(text.charCodeAt(at))) at++
    return at
  }
  let depth = 0
  while (at < text.length) {
    const code = text.charCodeAt(at)
    if (code === quote) {
      at = stringEnd(text, at)
      continue
    }
    if (code === openBrace || code === openBracket) depth++
    else if ((code === closeBrace || code === closeBracket) && --depth === 0) return at + 1
    at++
  }
  return text.length
}

/** Where the value whose last character is at `last` starts. */
function valueStartFrom(text: string, last: number): number {
  const final = text.charCodeAt(last)
  if (final === quote) return stringStart(text, last)
  let at = last
  if (final !== closeBrace && final !== closeBracket) {
    while (at > 0 && !endsLiteral(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) !== colon) at--
    return at
  }
  let depth = 0
  while (at >= 0) {
    const code = text.charCodeAt(at)
    if (code === quote) {
      at = stringStart(text, at) - 1
      continue
    }
    if (code === closeBrace || code === closeBracket) depth++
    else if ((code === openBrace || code === openBracket) && --depth === 0) return at
    at--
  }
  return 0
}

function endsLiteral(code: number): boolean {
  return code === comma || code === closeBrace || code === closeBracket || code === openBrace || code === openBracket || isSpace(code)
}

function skipSpace(text: string, from: number): number {
  let at = from
  while (isSpace(text.charCodeAt(at))) at++
  return at
}

function skipSpaceBack(text: string, from: number): number {
  let at = from
  while (at >= 0 && isSpace(text.charCodeAt(at))) at--
  return at
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9
}
