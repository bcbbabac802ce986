/**
 * A port of Python's difflib.SequenceMatcher (autojunk on), over arrays of
 * lines or of single characters (code points, as Python's str iterates).
 * Ported so diffs match Python's byte for byte: GNU diff and the npm diff
 * packages pair lines differently.
 */

export type Tag = 'replace' | 'delete' | 'insert' | 'equal'
export type Opcode = [Tag, number, number, number, number]
type Match = [number, number, number]

/** Mirrors difflib.SequenceMatcher(isjunk, a, b); set b once and compare many a's against it, as Differ does. */
export class SequenceMatcher<T> {
  private a: readonly T[] = []
  private b: readonly T[] = []
  private b2j = new Map<T, number[]>()
  private bjunk = new Set<T>()
  private blocks: Match[] | null = null
  private bcount: Map<T, number> | null = null

  constructor(private readonly isJunk: ((element: T) => boolean) | null = null) {}

  /** Mirrors set_seq1: b's index is kept. */
  setA(a: readonly T[]): this {
    this.a = a
    this.blocks = null
    return this
  }

  /** Mirrors set_seq2 and __chain_b: b's index without its junk and, in 200 elements or more, its "popular" ones. */
  setB(b: readonly T[]): this {
    this.b = b
    this.blocks = null
    this.bcount = null
    this.b2j = new Map()
    b.forEach((element, j) => {
      const indices = this.b2j.get(element)
      if (indices) indices.push(j)
      else this.b2j.set(element, [j])
    })
    this.bjunk = new Set()
    if (this.isJunk) for (const element of this.b2j.keys()) if (this.isJunk(element)) this.bjunk.add(element)
    for (const element of this.bjunk) this.b2j.delete(element)
    // Autojunk: an element found in over 1% of them is not indexed (nor counted as junk).
    if (b.length >= 200) {
      const ntest = Math.floor(b.length / 100) + 1
      for (const [element, indices] of [...this.b2j]) if (indices.length > ntest) this.b2j.delete(element)
    }
    return this
  }

  /** Mirrors find_longest_match: the longest junk-free match, then extended by equal non-junk, then equal junk, on both sides. */
  private findLongestMatch(alo: number, ahi: number, blo: number, bhi: number): Match {
    const { a, b, bjunk } = this
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
    for (const junk of [false, true]) {
      while (besti > alo && bestj > blo && bjunk.has(b[bestj - 1]) === junk && a[besti - 1] === b[bestj - 1]) {
        ;[besti, bestj, bestsize] = [besti - 1, bestj - 1, bestsize + 1]
      }
      while (besti + bestsize < ahi && bestj + bestsize < bhi && bjunk.has(b[bestj + bestsize]) === junk && a[besti + bestsize] === b[bestj + bestsize]) {
        bestsize++
      }
    }
    return [besti, bestj, bestsize]
  }

  /** Mirrors get_matching_blocks: a stack of ranges, sorted, adjacent blocks merged, the sentinel last. */
  matchingBlocks(): Match[] {
    if (this.blocks) return this.blocks
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
    this.blocks = merged
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

  /** Mirrors ratio(): twice the matched elements over both lengths, 1.0 when both are empty. */
  ratio(): number {
    const matches = this.matchingBlocks().reduce((sum, [, , size]) => sum + size, 0)
    return calculateRatio(matches, this.a.length + this.b.length)
  }

  /** Mirrors quick_ratio(): an upper bound on ratio() from element counts alone. */
  quickRatio(): number {
    if (!this.bcount) {
      this.bcount = new Map()
      for (const element of this.b) this.bcount.set(element, (this.bcount.get(element) ?? 0) + 1)
    }
    const available = new Map<T, number>()
    let matches = 0
    for (const element of this.a) {
      const count = available.has(element) ? available.get(element)! : (this.bcount.get(element) ?? 0)
      available.set(element, count - 1)
      if (count > 0) matches++
    }
    return calculateRatio(matches, this.a.length + this.b.length)
  }

  /** Mirrors real_quick_ratio(): an upper bound on ratio() from the lengths alone. */
  realQuickRatio(): number {
    const [la, lb] = [this.a.length, this.b.length]
    return calculateRatio(Math.min(la, lb), la + lb)
  }
}

/** Mirrors _calculate_ratio. */
function calculateRatio(matches: number, length: number): number {
  return length ? (2.0 * matches) / length : 1.0
}

/** Mirrors SequenceMatcher(None, a, b) over lines, as unified_diff and context_diff make it. */
export function lineMatcher(a: readonly string[], b: readonly string[]): SequenceMatcher<string> {
  return new SequenceMatcher<string>().setB(b).setA(a)
}
