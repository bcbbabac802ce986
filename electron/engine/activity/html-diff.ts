/**
 * A port of Python's difflib.HtmlDiff().make_table: the side by side HTML
 * table CKAN's activity_diff answers for diff_type "html", byte for byte as
 * Python 3.8 to 3.13.0 write it (HtmlDiff did not change between them).
 */
import { mdiff, type Row, type Side } from './mdiff.ts'
import { expandTabs, rstripPython } from './python-text.ts'

/** make_table's arguments and HtmlDiff's, with Python's defaults; tableNumber is the anchor prefix's number. */
export type TableOptions = {
  fromDesc?: string
  toDesc?: string
  context?: boolean
  numLines?: number
  tabSize?: number
  wrapColumn?: number | null
  tableNumber?: number
}

/**
 * How many tables this process has made: the number in the anchor prefixes.
 *
 * Mirrors HtmlDiff._default_prefix, a class attribute each make_table call
 * increments, so a Python process numbers its tables 0, 1, 2... for its whole
 * life (a CKAN worker across all its requests). The engine is one process
 * like one such worker: its first table is "from0_"/"to0_", as a fresh
 * worker's is, and the count grows from there.
 */
let tablesMade = 0

/** Mirrors HtmlDiff(tabsize, wrapcolumn).make_table(fromlines, tolines, fromdesc, todesc, context, numlines). */
export function makeTable(fromLines: readonly string[], toLines: readonly string[], options: TableOptions = {}): string {
  const { fromDesc = '', toDesc = '', context = false, numLines = 5, tabSize = 8, wrapColumn = null } = options
  const number = options.tableNumber ?? tablesMade++
  const prefix: [string, string] = [`from${number}_`, `to${number}_`]
  const expand = (line: string) => tabsAsTabs(line, tabSize)
  let rows = mdiff(fromLines.map(expand), toLines.map(expand), context ? numLines : null)
  if (wrapColumn) rows = wrapRows(rows, wrapColumn)
  const cells = rows.map((row) => row && ([formatLine(prefix[0], row.from), formatLine(prefix[1], row.to)] as const))
  const flags = rows.map((row) => row && row.changed)
  const { nextId, nextHref, fromCells, toCells, rowFlags } = convertFlags(cells, flags, context, numLines, prefix[1])
  const dataRows = rowFlags.map((flag, i) => {
    // A separator row: the first one, before the first hunk, is dropped.
    if (flag === null) return i > 0 ? '        </tbody>        \n        <tbody>\n' : ''
    return `            <tr><td class="diff_next"${nextId[i]}>${nextHref[i]}</td>${fromCells[i]}<td class="diff_next">${nextHref[i]}</td>${toCells[i]}</tr>\n`
  })
  const headerRow =
    fromDesc || toDesc
      ? '<thead><tr><th class="diff_next"><br /></th>' +
        `<th colspan="2" class="diff_header">${fromDesc}</th>` +
        '<th class="diff_next"><br /></th>' +
        `<th colspan="2" class="diff_header">${toDesc}</th></tr></thead>`
      : ''
  const table = `
    <table class="diff" id="difflib_chg_${prefix[1]}_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        ${headerRow}
        <tbody>
${dataRows.join('')}        </tbody>
    </table>`
  return table
    .replaceAll('\0+', '<span class="diff_add">')
    .replaceAll('\0-', '<span class="diff_sub">')
    .replaceAll('\0^', '<span class="diff_chg">')
    .replaceAll('\x01', '</span>')
    .replaceAll('\t', '&nbsp;')
}

/**
 * Mirrors _tab_newline_replace: tabs expanded to tab characters (so a tab
 * and the spaces it stands for still differ), trailing newlines dropped;
 * "\0" becomes a space, as Python's hiding of real spaces leaves it.
 */
function tabsAsTabs(line: string, tabSize: number): string {
  return expandTabs(line.replaceAll(' ', '\0'), tabSize).replaceAll(' ', '\t').replaceAll('\0', ' ').replace(/\n+$/, '')
}

/** Mirrors _format_line: the line number cell (with its anchor) and the text, HTML-escaped, spaces non-breaking. */
function formatLine(prefix: string, [lineNumber, text]: Side): string {
  // Python's '%d' refuses '' and '>': those rows get no id.
  const id = typeof lineNumber === 'number' ? ` id="${prefix}${lineNumber}"` : ''
  const escaped = text.replaceAll('&', '&amp;').replaceAll('>', '&gt;').replaceAll('<', '&lt;')
  return `<td class="diff_header"${id}>${lineNumber}</td><td nowrap="nowrap">${rstripPython(escaped.replaceAll(' ', '&nbsp;'))}</td>`
}

/** Mirrors _convert_flags: an anchor numLines rows before each change, "n" links to the next one, "f" to the first, "t" back to the top. */
function convertFlags(cells: (readonly [string, string] | null)[], flags: (boolean | null)[], context: boolean, numLines: number, toPrefix: string) {
  const nextId: string[] = new Array(flags.length).fill('')
  const nextHref: string[] = new Array(flags.length).fill('')
  let [changes, inChange, last] = [0, false, 0]
  flags.forEach((flag, i) => {
    if (!flag) {
      inChange = false
      return
    }
    if (inChange) return
    inChange = true
    last = i
    nextId[Math.max(0, i - numLines)] = ` id="difflib_chg_${toPrefix}_${changes}"`
    changes++
    nextHref[last] = `<a href="#difflib_chg_${toPrefix}_${changes}">n</a>`
  })
  let fromCells = cells.map((cell) => cell?.[0] ?? null)
  let toCells = cells.map((cell) => cell?.[1] ?? null)
  let rowFlags = flags
  if (!flags.length) {
    rowFlags = [false]
    nextId.push('')
    nextHref.push('')
    last = 0
    const empty = context ? '<td></td><td>&nbsp;No Differences Found&nbsp;</td>' : '<td></td><td>&nbsp;Empty File&nbsp;</td>'
    ;[fromCells, toCells] = [[empty], [empty]]
  }
  if (!rowFlags[0]) nextHref[0] = `<a href="#difflib_chg_${toPrefix}_0">f</a>`
  nextHref[last] = `<a href="#difflib_chg_${toPrefix}_top">t</a>`
  return { nextId, nextHref, fromCells, toCells, rowFlags }
}

/** Mirrors _line_wrapper: each side split at wrapColumn characters, the shorter side padded with blank continuations. */
function wrapRows(rows: readonly Row[], wrapColumn: number): Row[] {
  const out: Row[] = []
  for (const row of rows) {
    if (!row) {
      out.push(row)
      continue
    }
    const [froms, tos] = [splitLine(row.from, wrapColumn), splitLine(row.to, wrapColumn)]
    while (froms.length || tos.length) {
      out.push({ from: froms.shift() ?? ['', ' '], to: tos.shift() ?? ['', ' '], changed: row.changed })
    }
  }
  return out
}

/** Mirrors _split_line: breaks after wrapColumn visible characters, closing and reopening a marker cut in two; continuations are numbered '>'. */
function splitLine([lineNumber, text]: Side, wrapColumn: number): Side[] {
  if (!lineNumber) return [[lineNumber, text]]
  const chars = Array.from(text)
  const size = chars.length
  const markers = chars.filter((ch) => ch === '\0').length
  if (size <= wrapColumn || size - markers * 3 <= wrapColumn) return [[lineNumber, text]]
  let [i, n, mark] = [0, 0, '']
  while (n < wrapColumn && i < size) {
    if (chars[i] === '\0') {
      mark = chars[i + 1]
      i += 2
    } else if (chars[i] === '\x01') {
      mark = ''
      i++
    } else {
      i++
      n++
    }
  }
  let [line1, line2] = [chars.slice(0, i).join(''), chars.slice(i).join('')]
  if (mark) [line1, line2] = [`${line1}\x01`, `\0${mark}${line2}`]
  return [[lineNumber, line1], ...splitLine(['>', line2], wrapColumn)]
}
