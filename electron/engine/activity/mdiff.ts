/**
 * A port of Python's difflib._mdiff: ndiff's delta turned into side by side
 * rows, each side a line number and text with change markers that no HTML
 * escaper touches ("\0+" added, "\0-" deleted, "\0^" changed, "\1" end), a
 * blank ("", "\n") facing a line the other side lacks.
 */
import { ndiff } from './ndiff.ts'

/** One side of a row: its line number ('' for a blank, '>' for a wrapped continuation) and its marked text. */
export type Side = [number | '' | '>', string]
/** A row of the table, or null where context mode separates hunks. */
export type Row = { from: Side; to: Side; changed: boolean } | null

type Half = [Side | null, Side | null, boolean]

/** Mirrors _mdiff(fromlines, tolines, context): every row when context is null, else hunks with that many lines around changes. */
export function mdiff(fromLines: readonly string[], toLines: readonly string[], context: number | null = null): Row[] {
  const pairs = linePairs(halves(ndiff(fromLines, toLines)))
  return context === null ? pairs : contextRows(pairs, context + 1)
}

/** Mirrors _mdiff's _make_line: takes the next delta line (and its "?" line) off the queue and numbers it. */
class LineMaker {
  private readonly numbers = [0, 0]

  make(lines: string[], key: '?' | '+' | '-' | null, side: 0 | 1): Side {
    this.numbers[side]++
    if (key === null) return [this.numbers[side], lines.shift()!.slice(2)]
    if (key === '?') return [this.numbers[side], markChanges(lines.shift()!, lines.shift()!)]
    // An empty added or deleted line gets a space, so there is something to highlight.
    const text = lines.shift()!.slice(2) || ' '
    return [this.numbers[side], `\0${key}${text}\x01`]
  }
}

/** Wraps each run of "+", "-" or "^" in the "?" line around the characters above it, then drops the two-character tag. */
function markChanges(line: string, markers: string): string {
  const text = Array.from(line)
  const marks = Array.from(markers)
  let out = ''
  let done = 0
  for (let begin = 0; begin < marks.length; ) {
    const key = marks[begin]
    if (key !== '+' && key !== '-' && key !== '^') {
      begin++
      continue
    }
    let end = begin + 1
    while (end < marks.length && marks[end] === key) end++
    out += text.slice(done, begin).join('') + `\0${key}` + text.slice(begin, end).join('') + '\x01'
    ;[done, begin] = [end, end]
  }
  // The line's first two characters are its tag ("- " or "+ "), never marked.
  return (out + text.slice(done).join('')).slice(2)
}

/** Mirrors _line_iterator: reads four delta lines ahead to pair deletions with additions and to line up blanks. */
function halves(delta: readonly string[]): Half[] {
  const out: Half[] = []
  const maker = new LineMaker()
  const make = maker.make.bind(maker)
  const lines: string[] = []
  let next = 0
  let [pending, toYield] = [0, 0]
  for (;;) {
    while (lines.length < 4) lines.push(next < delta.length ? delta[next++] : 'X')
    const s = lines.map((line) => line[0]).join('')
    const starts = (...prefixes: string[]) => prefixes.some((prefix) => s.startsWith(prefix))
    let [fromLine, toLine]: [Side | null, Side | null] = [null, null]
    if (starts('X')) {
      toYield = pending
    } else if (starts('-?+?')) {
      out.push([make(lines, '?', 0), make(lines, '?', 1), true])
      continue
    } else if (starts('--++')) {
      pending--
      out.push([make(lines, '-', 0), null, true])
      continue
    } else if (starts('--?+', '--+', '- ')) {
      fromLine = make(lines, '-', 0)
      ;[toYield, pending] = [pending - 1, 0]
    } else if (starts('-+?')) {
      out.push([make(lines, null, 0), make(lines, '?', 1), true])
      continue
    } else if (starts('-?+')) {
      out.push([make(lines, '?', 0), make(lines, null, 1), true])
      continue
    } else if (starts('-')) {
      pending--
      out.push([make(lines, '-', 0), null, true])
      continue
    } else if (starts('+--')) {
      pending++
      out.push([null, make(lines, '+', 1), true])
      continue
    } else if (starts('+ ', '+-')) {
      toLine = make(lines, '+', 1)
      ;[toYield, pending] = [pending + 1, 0]
    } else if (starts('+')) {
      pending++
      out.push([null, make(lines, '+', 1), true])
      continue
    } else if (starts(' ')) {
      out.push([make([...lines], null, 0), make(lines, null, 1), false])
      continue
    }
    for (; toYield < 0; toYield++) out.push([null, ['', '\n'], true])
    for (; toYield > 0; toYield--) out.push([['', '\n'], null, true])
    if (starts('X')) return out
    out.push([fromLine, toLine, true])
  }
}

/** Mirrors _line_pair_iterator: queues each side until both have a line, so every row has two sides. */
function linePairs(lines: readonly Half[]): Row[] {
  const rows: Row[] = []
  const froms: [Side, boolean][] = []
  const tos: [Side, boolean][] = []
  let next = 0
  for (;;) {
    while (!froms.length || !tos.length) {
      if (next >= lines.length) return rows
      const [fromLine, toLine, changed] = lines[next++]
      if (fromLine) froms.push([fromLine, changed])
      if (toLine) tos.push([toLine, changed])
    }
    const [from, fromChanged] = froms.shift()!
    const [to, toChanged] = tos.shift()!
    rows.push({ from, to, changed: fromChanged || toChanged })
  }
}

/** Mirrors _mdiff's context mode: a ring of the last `context` rows before each change, a null before a hunk that skipped rows. */
function contextRows(pairs: readonly Row[], context: number): Row[] {
  const rows: Row[] = []
  let next = 0
  for (;;) {
    const ring: Row[] = new Array(context).fill(null)
    let index = 0
    for (let changed = false; !changed; ) {
      if (next >= pairs.length) return rows
      const row = pairs[next++]
      ring[index % context] = row
      index++
      changed = row!.changed
    }
    let toWrite: number
    if (index > context) {
      rows.push(null)
      toWrite = context
    } else {
      toWrite = index
      index = 0
    }
    for (; toWrite; toWrite--) rows.push(ring[index++ % context])
    for (toWrite = context - 1; toWrite; ) {
      if (next >= pairs.length) return rows
      const row = pairs[next++]
      toWrite = row!.changed ? context - 1 : toWrite - 1
      rows.push(row)
    }
  }
}
