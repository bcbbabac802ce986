/**
 * Job progress on a terminal: a one-line bar redrawn in place when stderr is
 * a TTY, otherwise a line per phase (logs stay readable).
 */
import type { ProgressSnapshot } from './progress.ts'
import { formatSize } from '../../../shared/format-size.ts'

/** Draws progress snapshots onto `out`; `done()` ends the line. */
export function progressBar(out: NodeJS.WriteStream = process.stderr, width = 28): { update(p: ProgressSnapshot): void; done(): void } {
  let lastPhase: string | null = null
  let lastDraw = 0
  let drawn = false
  return {
    update(p) {
      if (!out.isTTY) {
        if (p.phase !== lastPhase) out.write(`${p.phase}${p.total !== null ? ` (${p.total})` : ''}…\n`)
        lastPhase = p.phase
        return
      }
      const now = Date.now()
      if (p.phase === lastPhase && now - lastDraw < 100) return
      lastPhase = p.phase
      lastDraw = now
      out.write(`\r${render(p, width)}\x1b[K`)
      drawn = true
    },
    done() {
      if (drawn) out.write('\n')
    },
  }
}

/** One line: `[#######-----]  58% datasets 580/1000 1.2 MB/2.0 MB`. */
export function render(p: ProgressSnapshot, width: number): string {
  const fraction = p.total ? Math.min(1, p.done / p.total) : null
  const filled = fraction === null ? 0 : Math.round(fraction * width)
  const bar = fraction === null ? '-'.repeat(width) : '#'.repeat(filled) + '-'.repeat(width - filled)
  const percent = fraction === null ? '   ' : `${String(Math.round(fraction * 100)).padStart(3)}%`
  const count = p.total !== null ? `${p.done}/${p.total}` : `${p.done}`
  const bytes = p.bytesDone ? ` ${formatSize(p.bytesDone)}${p.bytesTotal ? `/${formatSize(p.bytesTotal)}` : ''}` : ''
  return `[${bar}] ${percent} ${p.phase ?? ''} ${count}${bytes}`
}
