/** Python's str methods that difflib's HtmlDiff relies on, over code points as Python's str counts them. */

/** The characters for which Python's str.isspace() is true (JavaScript's \s differs: it has U+FEFF, lacks U+001C–U+001F and U+0085). */
const PYTHON_SPACE = /^[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u

/** Python's str.isspace() for one character. */
export function isPythonSpace(ch: string): boolean {
  return PYTHON_SPACE.test(ch)
}

/** Python's str.rstrip() with no argument. */
export function rstripPython(text: string): string {
  let end = text.length
  // Every Python space is a single UTF-16 unit, so walking units back is walking characters back.
  while (end > 0 && isPythonSpace(text[end - 1])) end--
  return text.slice(0, end)
}

/** Python's str.strip() with no argument. */
export function stripPython(text: string): string {
  let start = 0
  while (start < text.length && isPythonSpace(text[start])) start++
  return rstripPython(text.slice(start))
}

/** Python's str.expandtabs(tabsize): a tab fills to the next multiple of tabsize columns; "\n" and "\r" restart the count. */
export function expandTabs(text: string, tabsize: number): string {
  let column = 0
  let out = ''
  for (const ch of text) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const width = tabsize - (column % tabsize)
        column += width
        out += ' '.repeat(width)
      }
      continue
    }
    column++
    out += ch
    if (ch === '\n' || ch === '\r') column = 0
  }
  return out
}
