/**
 * A port of Python's difflib.ndiff(a, b) with its defaults (no line junk,
 * IS_CHARACTER_JUNK): Differ's delta, each line starting "- ", "+ ", "  " or
 * "? " (the intraline markers of a replaced pair of similar lines). As in
 * Python 3.8 to 3.13.0; later versions search for similar pairs differently.
 */
import { isPythonSpace, rstripPython } from './python-text.ts'
import { SequenceMatcher } from './sequence-matcher.ts'

/** Mirrors IS_CHARACTER_JUNK: a blank or a tab. */
const isCharacterJunk = (ch: string) => ch === ' ' || ch === '\t'

/** Mirrors ndiff(a, b): Differ(None, IS_CHARACTER_JUNK).compare(a, b). */
export function ndiff(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = []
  for (const [tag, alo, ahi, blo, bhi] of new SequenceMatcher<string>().setB(b).setA(a).opcodes()) {
    if (tag === 'replace') fancyReplace(out, a, alo, ahi, b, blo, bhi)
    else if (tag === 'delete') dump(out, '-', a, alo, ahi)
    else if (tag === 'insert') dump(out, '+', b, blo, bhi)
    else dump(out, ' ', a, alo, ahi)
  }
  return out
}

/** Mirrors Differ._dump. */
function dump(out: string[], tag: string, x: readonly string[], lo: number, hi: number) {
  for (let i = lo; i < hi; i++) out.push(`${tag} ${x[i]}`)
}

/** Mirrors Differ._plain_replace: the shorter block first, deletions first on a tie. */
function plainReplace(out: string[], a: readonly string[], alo: number, ahi: number, b: readonly string[], blo: number, bhi: number) {
  if (bhi - blo < ahi - alo) {
    dump(out, '+', b, blo, bhi)
    dump(out, '-', a, alo, ahi)
  } else {
    dump(out, '-', a, alo, ahi)
    dump(out, '+', b, blo, bhi)
  }
}

/**
 * Mirrors Differ._fancy_replace: synch on the most similar pair of lines
 * (ratio above 0.74, the first such pair winning ties, b's lines outermost),
 * else on the first identical pair, else a plain replace; then recurse on
 * either side of the synch pair.
 */
function fancyReplace(out: string[], a: readonly string[], alo: number, ahi: number, b: readonly string[], blo: number, bhi: number) {
  const cutoff = 0.75
  let [bestRatio, bestI, bestJ] = [0.74, -1, -1]
  let [eqi, eqj] = [-1, -1]
  const cruncher = new SequenceMatcher<string>(isCharacterJunk)
  for (let j = blo; j < bhi; j++) {
    cruncher.setB(Array.from(b[j]))
    for (let i = alo; i < ahi; i++) {
      if (a[i] === b[j]) {
        if (eqi < 0) [eqi, eqj] = [i, j]
        continue
      }
      cruncher.setA(Array.from(a[i]))
      // The cheap upper bounds first, as Python does; ratio() is then computed once.
      if (cruncher.realQuickRatio() > bestRatio && cruncher.quickRatio() > bestRatio && cruncher.ratio() > bestRatio) {
        ;[bestRatio, bestI, bestJ] = [cruncher.ratio(), i, j]
      }
    }
  }
  if (bestRatio < cutoff) {
    if (eqi < 0) return plainReplace(out, a, alo, ahi, b, blo, bhi)
    ;[bestI, bestJ, bestRatio] = [eqi, eqj, 1.0]
  } else {
    eqi = -1
  }
  fancyHelper(out, a, alo, bestI, b, blo, bestJ)
  const [aelt, belt] = [a[bestI], b[bestJ]]
  if (eqi < 0) {
    const [atags, btags] = intralineTags(cruncher, aelt, belt)
    qformat(out, aelt, belt, atags, btags)
  } else {
    out.push(`  ${aelt}`)
  }
  fancyHelper(out, a, bestI + 1, ahi, b, bestJ + 1, bhi)
}

/** Mirrors Differ._fancy_helper. */
function fancyHelper(out: string[], a: readonly string[], alo: number, ahi: number, b: readonly string[], blo: number, bhi: number) {
  if (alo < ahi) {
    if (blo < bhi) fancyReplace(out, a, alo, ahi, b, blo, bhi)
    else dump(out, '-', a, alo, ahi)
  } else if (blo < bhi) {
    dump(out, '+', b, blo, bhi)
  }
}

/** The marker strings _fancy_replace builds from the pair's character opcodes: "^" replaced, "-" deleted, "+" inserted. */
function intralineTags(cruncher: SequenceMatcher<string>, aelt: string, belt: string): [string, string] {
  let [atags, btags] = ['', '']
  for (const [tag, ai1, ai2, bj1, bj2] of cruncher.setB(Array.from(belt)).setA(Array.from(aelt)).opcodes()) {
    const [la, lb] = [ai2 - ai1, bj2 - bj1]
    if (tag === 'replace') [atags, btags] = [atags + '^'.repeat(la), btags + '^'.repeat(lb)]
    else if (tag === 'delete') atags += '-'.repeat(la)
    else if (tag === 'insert') btags += '+'.repeat(lb)
    else [atags, btags] = [atags + ' '.repeat(la), btags + ' '.repeat(lb)]
  }
  return [atags, btags]
}

/** Mirrors Differ._qformat: "?" lines keep the line's own whitespace under unmarked characters, trailing whitespace dropped. */
function qformat(out: string[], aline: string, bline: string, atags: string, btags: string) {
  const marks = (line: string, tags: string) => rstripPython(keepOriginalWhitespace(line, tags))
  const [amarks, bmarks] = [marks(aline, atags), marks(bline, btags)]
  out.push(`- ${aline}`)
  if (amarks) out.push(`? ${amarks}\n`)
  out.push(`+ ${bline}`)
  if (bmarks) out.push(`? ${bmarks}\n`)
}

/** Mirrors _keep_original_ws: zip of the line's and the tags' characters, the shorter deciding the length. */
function keepOriginalWhitespace(line: string, tags: string): string {
  const chars = Array.from(line)
  return Array.from(tags)
    .slice(0, chars.length)
    .map((tag, k) => (tag === ' ' && isPythonSpace(chars[k]) ? chars[k] : tag))
    .join('')
}
