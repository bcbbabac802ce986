/** CKAN's word wrap before HtmlDiff: the lines activity_diff gives make_table for diff_type "html". */

/**
 * Python's `.{1,70}(?:\s+|$)` as CKAN 2.10 writes it: "." is anything but
 * "\n", "\s" is Python's Unicode whitespace (not JavaScript's), counted in
 * code points.
 */
const CHUNK = /[^\n]{1,70}(?:[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|$)/gu

/**
 * Mirrors CKAN's activity_diff: each line becomes the pieces
 * re.findall(r".{1,70}(?:\s+|$)", line) finds.
 *
 * A piece ends at whitespace or the line's end, so a run of more than 70
 * characters with no space loses its start, and an empty line vanishes, as
 * in CKAN ("word-wrap lines. Otherwise you get scroll bars").
 */
export function wrapForHtmlDiff(lines: readonly string[]): string[] {
  return lines.flatMap((line) => Array.from(line.matchAll(CHUNK), (match) => match[0]))
}
