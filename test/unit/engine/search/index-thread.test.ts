/**
 * The index thread (search/index-thread.ts, index-worker.ts): a real worker
 * thread with its own connection catches the index up as writes commit,
 * while the catalog's writer never waits for the index file.
 */
import Database from 'better-sqlite3'
import { setTimeout as sleep } from 'node:timers/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { things } from '../../../../electron/cli/catalog-things.ts'
import { loadRecords } from '../../../../electron/cli/load-records.ts'
import { Engine } from '../../../../electron/engine/engine.ts'
import { queuedForIndex } from '../../../../electron/engine/search/index-queue.ts'
import { addSysadmin } from '../../../../electron/engine/users/create-sysadmin.ts'
import { recountFacets } from '../../../helpers/search-counts.ts'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'

let engine: Engine | undefined
let dir: string | undefined
afterEach(() => {
  engine?.close()
  engine = undefined
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

function openWithThread(): Engine {
  dir = mkdtempSync(join(tmpdir(), 'shelfmark-index-thread-'))
  engine = Engine.open({ dataDir: dir, indexThread: true })
  addSysadmin(engine, { name: 'admin', email: 'admin@example.org' })
  engine.call('organization_create', engine.asUser('admin'), { name: 'org' })
  return engine
}

/** Waits until nothing is queued, without searching (a search would catch up itself). */
async function indexedByThread(engine: Engine, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (queuedForIndex(engine.db) > 0) {
    if (Date.now() > deadline) throw new Error(`the index thread left ${queuedForIndex(engine.db)} datasets queued`)
    await sleep(20)
  }
}

const records = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({
    name: `set-${from + i}`,
    owner_org: 'org',
    private: i % 5 === 0,
    tags: [{ name: i % 2 ? 'odd' : 'even' }],
    resources: [{ url: `http://example.org/${i}.csv`, format: 'CSV' }],
  }))

describe('the index thread', () => {
  it('indexes committed writes with no search asking for it, and the index equals one rebuilt by counting', async () => {
    const engine = openWithThread()
    const admin = engine.asUser('admin')
    for (const record of records(40)) engine.call('package_create', admin, record)
    engine.call('package_patch', admin, { id: 'set-3', tags: [{ name: 'patched' }] })
    engine.call('dataset_purge', admin, { id: 'set-4' })
    await indexedByThread(engine)
    const docs = engine.db.prepare('SELECT count(*) FROM search_docs').pluck().get()
    expect(docs).toBe(39)
    const found = engine.call('package_search', admin, { q: 'tags:patched', include_private: true }) as { results: { name: string }[] }
    expect(found.results.map((r) => r.name)).toEqual(['set-3'])
    expect(engine.db.prepare('SELECT field, value, state, private, label, n FROM search_counts ORDER BY 1, 2, 3, 4, 5').all()).toEqual(recountFacets(engine.db))
  })

  it('is told of every write that queues a dataset, also after a search caught the index up on the main thread', async () => {
    const engine = openWithThread()
    const admin = engine.asUser('admin')
    const [first, second] = records(2)
    engine.call('package_create', admin, first)
    await indexedByThread(engine)
    expect((engine.call('package_search', admin, { include_private: true, rows: 0 }) as { count: number }).count).toBe(1)
    engine.call('package_create', admin, second)
    await indexedByThread(engine, 3000)
    expect(engine.db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(2)
  })

  it('indexes what was queued before it started (another process, a catalog just migrated) without waiting for a write', async () => {
    dir = mkdtempSync(join(tmpdir(), 'shelfmark-index-thread-'))
    const before = Engine.open({ dataDir: dir })
    addSysadmin(before, { name: 'admin', email: 'admin@example.org' })
    before.call('organization_create', before.asUser('admin'), { name: 'org' })
    for (const record of records(5)) before.call('package_create', before.asUser('admin'), record)
    expect(queuedForIndex(before.db)).toBe(5)
    before.close()
    engine = Engine.open({ dataDir: dir, indexThread: true })
    await indexedByThread(engine)
    expect(engine.db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(5)
  })

  it('indexes a load batch by batch while the next one is written', async () => {
    const engine = openWithThread()
    async function* lines() {
      for (const record of records(1200)) yield JSON.stringify(record)
    }
    const report = await loadRecords(engine, engine.asUser('admin'), things.datasets, lines(), { batchSize: 200 })
    expect(report.created).toBe(1200)
    await indexedByThread(engine)
    const found = engine.call('package_search', engine.asUser('admin'), { q: 'tags:odd', include_private: true, rows: 0 }) as { count: number }
    expect(found.count).toBe(600)
  })

  it('keeps one index right when two processes (two engines, two index threads) write the same catalog', async () => {
    const engine = openWithThread()
    const other = Engine.open({ dataDir: dir, indexThread: true })
    try {
      const admin = engine.asUser('admin')
      const otherAdmin = other.asUser('admin')
      const all = records(120)
      for (let i = 0; i < all.length; i++) (i % 2 ? other : engine).call('package_create', i % 2 ? otherAdmin : admin, all[i])
      for (let i = 0; i < 30; i++) (i % 2 ? engine : other).call('package_patch', i % 2 ? admin : otherAdmin, { id: `set-${i}`, tags: [{ name: 'edited' }] })
      await indexedByThread(engine)
      await indexedByThread(other)
      expect(engine.db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(120)
      expect(engine.db.prepare('SELECT field, value, state, private, label, n FROM search_counts ORDER BY 1, 2, 3, 4, 5').all()).toEqual(recountFacets(engine.db))
      const edited = other.call('package_search', otherAdmin, { q: 'tags:edited', include_private: true, rows: 0 }) as { count: number }
      expect(edited.count).toBe(30)
    } finally {
      other.close()
    }
  })

  it("lets catalog writes go on while another connection holds the index file's write lock", () => {
    const engine = openWithThread()
    const other = new Database(join(dir!, 'search-index.sqlite'))
    try {
      other.exec('BEGIN IMMEDIATE')
      engine.db.pragma('busy_timeout = 50')
      const started = performance.now()
      for (const record of records(5)) engine.call('package_create', engine.asUser('admin'), record)
      expect(performance.now() - started).toBeLessThan(2000)
      other.exec('COMMIT')
    } finally {
      other.close()
    }
    expect((engine.call('package_search', engine.asUser('admin'), { include_private: true, rows: 0 }) as { count: number }).count).toBe(5)
  })

  it.runIf(process.platform === 'linux')('runs at a lower priority than the thread that writes the catalog (nice 5)', async () => {
    const engine = openWithThread()
    await indexedByThread(engine)
    const niceOf = (task: string) => Number(readFileSync(`/proc/self/task/${task}/stat`, 'utf8').split(') ')[1].split(' ')[16])
    const deadline = Date.now() + 10_000
    while (!readdirSync('/proc/self/task').some((task) => niceOf(task) === 5)) {
      if (Date.now() > deadline) throw new Error('no thread of this process runs at nice 5')
      await sleep(20)
    }
    expect(niceOf(String(process.pid))).toBe(0)
  })

  it('lets go of the files when the engine closes, even while it is still starting', async () => {
    for (let i = 0; i < 3; i++) {
      const engine = openWithThread()
      engine.call('package_create', engine.asUser('admin'), records(1)[0])
      engine.close()
      // No connection of this process holds the catalog: another can take an exclusive lock at once.
      const check = new Database(join(dir!, 'catalog.sqlite'))
      check.pragma('busy_timeout = 0')
      await sleep(i * 300)
      check.exec('BEGIN EXCLUSIVE')
      check.exec('COMMIT')
      check.close()
      rmSync(dir!, { recursive: true, force: true })
    }
    engine = undefined
  })
})
