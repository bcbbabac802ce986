/**
 * Python's difflib.unified_diff and context_diff, as CKAN's activity_diff
 * calls them: the lines they yield with their default arguments (n=3, empty
 * file names, lineterm "\n" on the header lines only), over the port of
 * SequenceMatcher. HtmlDiff's table is in html-diff.ts.
 */
import { lineMatcher, type Tag } from './sequence-matcher.ts'

/** Mirrors difflib.unified_diff(a, b): the lines it yields, headers ending in "\n". */
export function unifiedDiff(a: string[], b: string[]): string[] {
  const lines: string[] = []
  for (const group of lineMatcher(a, b).groupedOpcodes()) {
    if (!lines.length) lines.push('--- \n', '+++ \n')
    const [first, last] = [group[0], group[group.length - 1]]
    lines.push(`@@ -${unifiedRange(first[1], last[2])} +${unifiedRange(first[3], last[4])} @@\n`)
    for (const [tag, i1, i2, j1, j2] of group) {
      if (tag === 'equal') {
        for (const line of a.slice(i1, i2)) lines.push(` ${line}`)
        continue
      }
      if (tag !== 'insert') for (const line of a.slice(i1, i2)) lines.push(`-${line}`)
      if (tag !== 'delete') for (const line of b.slice(j1, j2)) lines.push(`+${line}`)
    }
  }
  return lines
}

/** Mirrors difflib.context_diff(a, b): the lines it yields, headers ending in "\n". */
export function contextDiff(a: string[], b: string[]): string[] {
  const prefix: Record<Tag, string> = { insert: '+ ', delete: '- ', replace: '! ', equal: '  ' }
  const lines: string[] = []
  for (const group of lineMatcher(a, b).groupedOpcodes()) {
    if (!lines.length) lines.push('*** \n', '--- \n')
    const [first, last] = [group[0], group[group.length - 1]]
    lines.push('***************\n', `*** ${contextRange(first[1], last[2])} ****\n`)
    if (group.some(([tag]) => tag === 'replace' || tag === 'delete')) {
      for (const [tag, i1, i2] of group) if (tag !== 'insert') for (const line of a.slice(i1, i2)) lines.push(prefix[tag] + line)
    }
    lines.push(`--- ${contextRange(first[3], last[4])} ----\n`)
    if (group.some(([tag]) => tag === 'replace' || tag === 'insert')) {
      for (const [tag, , , j1, j2] of group) if (tag !== 'delete') for (const line of b.slice(j1, j2)) lines.push(prefix[tag] + line)
    }
  }
  return lines
}

/** Mirrors _format_range_unified: "start,length", the length left out when 1. */
function unifiedRange(start: number, stop: number): string {
  const length = stop - start
  const beginning = length ? start + 1 : start
  return length === 1 ? `${beginning}` : `${beginning},${length}`
}

/** Mirrors _format_range_context: "first,last", a single number when the range holds at most one line. */
function contextRange(start: number, stop: number): string {
  const length = stop - start
  const beginning = length ? start + 1 : start
  return length <= 1 ? `${beginning}` : `${beginning},${beginning + length - 1}`
}
