/**
 * Summarises a .cpuprofile: the functions with the most self time and the
 * most total (inclusive) time, as percentages of all samples.
 *
 *   node --import tsx test/sync/profile-summary.ts FILE [--top 25]
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }

const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '25' } }, allowPositionals: true })
const profile = JSON.parse(readFileSync(positionals[0], 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] }
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(electron|node_modules|test)\//, '$1/')}:${n.callFrame.lineNumber + 1}`

const self = new Map<string, number>()
const total = new Map<string, number>()
for (const id of profile.samples) {
  const node = byId.get(id)!
  self.set(label(node), (self.get(label(node)) ?? 0) + 1)
  const seen = new Set<string>()
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const l = label(byId.get(at)!)
    if (!seen.has(l)) total.set(l, (total.get(l) ?? 0) + 1)
    seen.add(l)
  }
}
const count = profile.samples.length
const print = (title: string, map: Map<string, number>) => {
  console.log(`${title} (${count} samples)`)
  for (const [l, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(`${((100 * n) / count).toFixed(1).padStart(6)}%  ${l}`)
}
print('self', self)
print('total', total)
