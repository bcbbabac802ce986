/**
 * Search benchmark: seeds a generated catalog (fixed seed; 50 organizations,
 * 5 resources per dataset, 2–8 tags from 2,000 words, 5 % private) and
 * prints one JSON line per measurement, each beside a raw FTS5
 * `MATCH … ORDER BY bm25 LIMIT 20` run in the same process.
 *
 *   node --import tsx test/bench/search.ts [--size 10000] [--runs 200] [--data DIR]
 *
 * With --data, the catalog is kept in DIR and reused by later runs of the same size.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Engine, type Caller } from '../../electron/engine/engine.ts'
import { sql } from '../../electron/engine/db/statements.ts'
import type { Context } from '../../electron/engine/context.ts'
import { planSearch } from '../../electron/engine/actions/search/search-request.ts'
import { rebuildSearchIndex } from '../../electron/engine/search/rebuild.ts'
import { seededRandom } from './generate.ts'
import { runSearch } from '../../electron/engine/search/run-search.ts'
import { ckanNow, newId } from '../../electron/engine/time.ts'

const { values } = parseArgs({
  options: { size: { type: 'string', default: '10000' }, runs: { type: 'string', default: '200' }, data: { type: 'string' } },
})
const size = Number(values.size)
const runs = Number(values.runs)

const random = seededRandom(20261125)
const words = vocabulary(2000)
const formats = ['CSV', 'CSV', 'CSV', 'JSON', 'JSON', 'XLSX', 'PDF', 'XML', 'GeoJSON', 'ZIP']
const licenses = ['cc-by', 'cc-by', 'cc-zero', 'odc-odbl', 'other-open', 'notspecified']

/** 2,000 distinct pronounceable words (so the porter stemmer has real work). */
function vocabulary(count: number): string[] {
  const onsets = ['b', 'c', 'd', 'f', 'g', 'h', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'tr', 'st', 'pl', 'gr']
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ea', 'ou']
  const endings = ['', 'n', 'r', 's', 'ing', 'tion', 'er', 'al']
  const list = new Set<string>()
  while (list.size < count) {
    const syllables = 2 + Math.floor(random() * 2)
    let word = ''
    for (let i = 0; i < syllables; i++) word += pick(onsets) + pick(vowels)
    list.add(word + pick(endings))
  }
  return [...list]
}

function pick<T>(list: T[]): T {
  return list[Math.floor(random() * list.length)]
}

/** A word, the frequent ones far more often (roughly Zipf). */
function word(): string {
  return words[Math.floor(words.length * random() ** 2.5)]
}

function sentence(min: number, max: number): string {
  return Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, word).join(' ')
}

function dataset(i: number): Record<string, unknown> {
  const tags = new Set<string>()
  const tagCount = 2 + Math.floor(random() * 7)
  while (tags.size < tagCount) tags.add(word())
  return {
    name: `dataset-${i}`,
    title: `${sentence(3, 6)} ${i}`,
    owner_org: `org-${String(i % 50).padStart(2, '0')}`,
    notes: sentence(20, 60),
    private: random() < 0.05,
    license_id: pick(licenses),
    author: 'Open Data Team',
    tags: [...tags].map((name) => ({ name })),
    groups: random() < 0.3 ? [{ name: `group-${Math.floor(random() * 10)}` }] : [],
    extras: [
      { key: 'spatial_coverage', value: sentence(1, 3) },
      { key: 'update_frequency', value: pick(['daily', 'weekly', 'monthly', 'yearly']) },
    ],
    resources: Array.from({ length: 5 }, (_, r) => ({
      name: `${sentence(2, 3)} ${r}`,
      description: sentence(8, 15),
      url: `https://example.org/files/${i}/resource-${r}.${pick(['csv', 'json', 'xlsx'])}`,
      format: pick(formats),
    })),
  }
}

function seed(engine: Engine, admin: Caller): { seconds: number; cpu: number } {
  const started = performance.now()
  const cpu = process.cpuUsage()
  engine.db.transaction(() => {
    for (let i = 0; i < 50; i++) {
      const name = `org-${String(i).padStart(2, '0')}`
      engine.call('organization_create', admin, { name, title: `Department ${i}` })
    }
    for (let i = 0; i < 10; i++) engine.call('group_create', admin, { name: `group-${i}`, title: `Theme ${i}` })
  })()
  for (let start = 0; start < size; start += 1000) {
    engine.db.transaction(() => {
      for (let i = start; i < Math.min(size, start + 1000); i++) engine.call('package_create', admin, dataset(i))
    })()
  }
  return { seconds: (performance.now() - started) / 1000, cpu: cpuSeconds(cpu) }
}

/** CPU seconds this process used since `from` (the machine is shared: wall time alone misleads). */
function cpuSeconds(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from)
  return Number(((used.user + used.system) / 1e6).toFixed(1))
}

/** Wall-clock p50/p99 in ms, and the mean CPU ms per run (the machine may be shared). */
function timings(n: number, task: () => void): { p50: number; p99: number; cpu: number } {
  for (let i = 0; i < Math.min(5, n); i++) task()
  const times: number[] = []
  const cpu = process.cpuUsage()
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    task()
    times.push(performance.now() - t)
  }
  const used = process.cpuUsage(cpu)
  times.sort((a, b) => a - b)
  const at = (q: number) => Number(times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2))
  return { p50: at(0.5), p99: at(0.99), cpu: Number(((used.user + used.system) / 1000 / n).toFixed(2)) }
}

/** An anonymous context for calling the search core directly. */
function readerContext(engine: Engine): Context {
  const refuse = (): never => {
    throw new Error('not available in the benchmark')
  }
  return { db: engine.db, user: null, config: engine.config, dataDir: engine.dataDir, call: refuse, callIgnoringAuth: refuse, afterCommit: refuse }
}

function print(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ size, ...line })}\n`)
}

const keep = values.data !== undefined
const dataDir = values.data ?? mkdtempSync(join(tmpdir(), 'shelfmark-bench-'))
const reuse = keep && existsSync(join(dataDir, 'catalog.sqlite'))
const engine = Engine.open({ dataDir })
try {
  if (!reuse) {
    sql(engine.db, `INSERT INTO users (id, name, email, sysadmin, state, created) VALUES (?, 'admin', 'admin@example.org', 1, 'active', ?)`).run(newId(), ckanNow())
  }
  const admin = engine.asUser('admin')
  const anonymous = engine.anonymous()
  if (!reuse) {
    const seeded = seed(engine, admin)
    print({ case: 'seed', seconds: Number(seeded.seconds.toFixed(1)), cpu_seconds: seeded.cpu })
  }

  const search = (caller: Caller, params: Record<string, unknown>) => engine.call('package_search', caller, params)
  const raw = engine.db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY bm25(search_fts) LIMIT 20')
  // Two words from different frequency bands; each query is measured beside the same words through raw FTS5.
  const pairs = Array.from({ length: 20 }, (_, i) => [words[3 + i], words[60 + 7 * i]])
  let k = 0
  const next = () => pairs[k++ % pairs.length]
  const rawTime = timings(runs, () => {
    const [a, b] = next()
    raw.all(`"${a}" AND "${b}"`)
  })
  const reader = readerContext(engine)
  const textPart = timings(runs, () => {
    const [a, b] = next()
    runSearch(engine.db, planSearch(reader, { q: `${a} ${b}`, rows: 20 }).request)
  })
  const textOnly = timings(runs, () => {
    const [a, b] = next()
    search(anonymous, { q: `${a} ${b}`, rows: 20 })
  })
  const ratio = (a: number, b: number) => Number((a / b).toFixed(2))
  print({
    case: 'text rows=20',
    search_p50_ms: textPart.p50,
    search_cpu_ms: textPart.cpu,
    raw_fts_p50_ms: rawTime.p50,
    raw_fts_cpu_ms: rawTime.cpu,
    ratio_p50: ratio(textPart.p50, rawTime.p50),
    ratio_cpu: ratio(textPart.cpu, rawTime.cpu),
    package_search_p50_ms: textOnly.p50,
    package_search_cpu_ms: textOnly.cpu,
    note: 'search = parse + index query + count + page ids; package_search adds validation and the 20 package_show dicts',
  })
  let org = 0
  const full = timings(runs, () => {
    const [a, b] = next()
    search(anonymous, {
      q: `${a} ${b}`,
      fq: `organization:org-${String(org++ % 50).padStart(2, '0')}`,
      'facet.field': '["tags","res_format","license_id"]',
      rows: 20,
    })
  })
  print({ case: 'text + fq + 3 facets rows=20', p50_ms: full.p50, p99_ms: full.p99, cpu_ms: full.cpu, raw_fts_p50_ms: rawTime.p50, target_p50_ms: size <= 10000 ? 20 : 60 })
  const facets5 = '["tags","res_format","license_id","organization","groups"]'
  for (const [who, caller, extra] of [
    ['anonymous', anonymous, {}],
    ['sysadmin include_private', admin, { include_private: true }],
  ] as const) {
    const all = timings(Math.max(20, runs / 4), () => search(caller, { q: '*:*', 'facet.field': facets5, ...extra }))
    print({ case: `*:* + 5 facets (${who})`, p50_ms: all.p50, p99_ms: all.p99, cpu_ms: all.cpu, raw_fts_p50_ms: rawTime.p50, target_p99_ms: 300 })
  }
  const visible = search(admin, { include_private: true, rows: 0 }) as { count: number }
  const deepStart = Math.max(0, Math.min(99000, visible.count - 1000))
  const first = timings(Math.max(20, runs / 4), () => search(admin, { include_private: true, rows: 1000, start: 0 }))
  const deep = timings(Math.max(20, runs / 4), () => search(admin, { include_private: true, rows: 1000, start: deepStart }))
  print({
    case: `page rows=1000 start=${deepStart} vs start=0`,
    p99_ms: deep.p99,
    start0_p99_ms: first.p99,
    ratio_p99: ratio(deep.p99, first.p99),
    cpu_ms: deep.cpu,
    start0_cpu_ms: first.cpu,
    raw_fts_p50_ms: rawTime.p50,
  })
  const rebuildCpu = process.cpuUsage()
  const rebuild = rebuildSearchIndex(engine)
  print({ case: 'rebuild', datasets: rebuild.datasets, seconds: rebuild.seconds, cpu_seconds: cpuSeconds(rebuildCpu), target_seconds: 60 })
} finally {
  engine.close()
  if (!keep) rmSync(dataDir, { recursive: true, force: true })
}
