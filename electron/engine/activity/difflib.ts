/**
 * Python's difflib, the parts CKAN's activity_diff uses: SequenceMatcher
 * (no junk function, autojunk on) and the lines unified_diff and
 * context_diff yield with their default arguments (n=3, empty file names,
 * lineterm "\n" on the header lines only). Ported so the output matches
 * Python's byte for byte; GNU diff and the npm diff packages group hunks
 * differently.
 */

type Tag = 'replace' | 'delete' | 'insert' | 'equal'
type Opcode = [Tag, number, number, number, number]
type Match = [number, number, number]

/** Mirrors difflib.SequenceMatcher(None, a, b) over lines. */
class SequenceMatcher {
  private readonly b2j = new Map<string, number[]>()

  constructor(
    private readonly a: string[],
    private readonly b: string[],
  ) {
    b.forEach((line, j) => {
      const indices = this.b2j.get(line)
      if (indices) indices.push(j)
      else this.b2j.set(line, [j])
    })
    // Mirrors __chain_b's autojunk: in 200 lines or more, a line found in over 1% of them is "popular" and not indexed.
    if (b.length >= 200) {
      const ntest = Math.floor(b.length / 100) + 1
      for (const [line, indices] of [...this.b2j]) if (indices.length > ntest) this.b2j.delete(line)
    }
  }

  /** Mirrors find_longest_match; without a junk function only the first pair of extensions can apply. */
  private findLongestMatch(alo: number, ahi: number, blo: number, bhi: number): Match {
    const { a, b } = this
    let [besti, bestj, bestsize] = [alo, blo, 0]
    let j2len = new Map<number, number>()
    for (let i = alo; i < ahi; i++) {
      const next = new Map<number, number>()
      for (const j of this.b2j.get(a[i]) ?? []) {
        if (j < blo) continue
        if (j >= bhi) break
        const k = (j2len.get(j - 1) ?? 0) + 1
        next.set(j, k)
        if (k > bestsize) [besti, bestj, bestsize] = [i - k + 1, j - k + 1, k]
      }
      j2len = next
    }
    while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) [besti, bestj, bestsize] = [besti - 1, bestj - 1, bestsize + 1]
    while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) bestsize++
    return [besti, bestj, bestsize]
  }

  /** Mirrors get_matching_blocks: a stack of ranges, sorted, adjacent blocks merged, the sentinel last. */
  private matchingBlocks(): Match[] {
    const [la, lb] = [this.a.length, this.b.length]
    const queue: [number, number, number, number][] = [[0, la, 0, lb]]
    const blocks: Match[] = []
    while (queue.length) {
      const [alo, ahi, blo, bhi] = queue.pop()!
      const match = this.findLongestMatch(alo, ahi, blo, bhi)
      const [i, j, k] = match
      if (!k) continue
      blocks.push(match)
      if (alo < i && blo < j) queue.push([alo, i, blo, j])
      if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi])
    }
    blocks.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2])
    const merged: Match[] = []
    let [i1, j1, k1] = [0, 0, 0]
    for (const [i2, j2, k2] of blocks) {
      if (i1 + k1 === i2 && j1 + k1 === j2) k1 += k2
      else {
        if (k1) merged.push([i1, j1, k1])
        ;[i1, j1, k1] = [i2, j2, k2]
      }
    }
    if (k1) merged.push([i1, j1, k1])
    merged.push([la, lb, 0])
    return merged
  }

  /** Mirrors get_opcodes. */
  opcodes(): Opcode[] {
    const answer: Opcode[] = []
    let [i, j] = [0, 0]
    for (const [ai, bj, size] of this.matchingBlocks()) {
      const tag: Tag | '' = i < ai && j < bj ? 'replace' : i < ai ? 'delete' : j < bj ? 'insert' : ''
      if (tag) answer.push([tag, i, ai, j, bj])
      ;[i, j] = [ai + size, bj + size]
      if (size) answer.push(['equal', ai, i, bj, j])
    }
    return answer
  }

  /** Mirrors get_grouped_opcodes(n): hunks with up to n lines of context. */
  groupedOpcodes(n = 3): Opcode[][] {
    const codes = this.opcodes()
    if (!codes.length) codes.push(['equal', 0, 1, 0, 1])
    const first = codes[0]
    if (first[0] === 'equal') codes[0] = ['equal', Math.max(first[1], first[2] - n), first[2], Math.max(first[3], first[4] - n), first[4]]
    const last = codes[codes.length - 1]
    if (last[0] === 'equal') codes[codes.length - 1] = ['equal', last[1], Math.min(last[2], last[1] + n), last[3], Math.min(last[4], last[3] + n)]
    const groups: Opcode[][] = []
    let group: Opcode[] = []
    for (const code of codes) {
      let [tag, i1, i2, j1, j2] = code
      if (tag === 'equal' && i2 - i1 > 2 * n) {
        group.push([tag, i1, Math.min(i2, i1 + n), j1, Math.min(j2, j1 + n)])
        groups.push(group)
        group = []
        ;[i1, j1] = [Math.max(i1, i2 - n), Math.max(j1, j2 - n)]
      }
      group.push([tag, i1, i2, j1, j2])
    }
    if (group.length && !(group.length === 1 && group[0][0] === 'equal')) groups.push(group)
    return groups
  }
}

/** Mirrors difflib.unified_diff(a, b): the lines it yields, headers ending in "\n". */
export function unifiedDiff(a: string[], b: string[]): string[] {
  const lines: string[] = []
  for (const group of new SequenceMatcher(a, b).groupedOpcodes()) {
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
  for (const group of new SequenceMatcher(a, b).groupedOpcodes()) {
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
