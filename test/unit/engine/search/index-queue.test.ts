import { rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Engine } from '../../../../electron/engine/engine.ts'
import { queuedForIndex } from '../../../../electron/engine/search/index-queue.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

let t: TestEngine
let second: Engine | undefined
afterEach(() => {
  second?.close()
  second = undefined
  const dir = t?.dataDir
  t?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const create = (n: number, from = 0) => {
  for (let i = from; i < from + n; i++) t.call('package_create', t.sysadmin, { name: `set-${i}`, owner_org: 'org', tags: [{ name: 'water' }] })
}
const docs = () => t.engine.db.prepare('SELECT count(*) FROM search_docs').pluck().get()

describe('the search index queue', () => {
  it('queues a write and indexes it before the next search', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org' })
    create(1)
    expect(queuedForIndex(t.engine.db)).toBe(1)
    expect(docs()).toBe(0)
    expect(t.call('package_search', t.anonymous, { q: 'tags:water' }).count).toBe(1)
    expect(queuedForIndex(t.engine.db)).toBe(0)
    expect(docs()).toBe(1)
  })

  it("indexes a dataset whose counted values hold a NUL character (the engine's own callers may send one)", () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org' })
    const format = 'CSV\u0000zipped'
    t.call('package_create', t.sysadmin, { name: 'odd-format', owner_org: 'org', resources: [{ url: 'http://example.org/a', format }] })
    const found = t.call('package_search', t.sysadmin, { q: 'name:odd-format', 'facet.field': '["res_format"]' })
    expect(found.count).toBe(1)
    expect(found.facets.res_format).toEqual({ [format]: 1 })
    expect(t.call('package_search', t.sysadmin, { 'facet.field': '["res_format"]' }).facets.res_format).toEqual({ [format]: 1 })
  })

  it('indexes a batch at once when enough datasets are queued', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org' })
    create(199)
    expect(queuedForIndex(t.engine.db)).toBe(199)
    create(1, 199)
    expect(queuedForIndex(t.engine.db)).toBe(0)
    expect(docs()).toBe(200)
  })

  it('catches up by itself when the process is idle', async () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org' })
    create(3)
    await sleep(1300)
    expect(queuedForIndex(t.engine.db)).toBe(0)
    expect(docs()).toBe(3)
  })

  it('removes a purged dataset that was still queued', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org' })
    create(2)
    t.engine.catchUpSearchIndex()
    t.call('package_patch', t.sysadmin, { id: 'set-0', title: 'Changed' })
    t.call('dataset_purge', t.sysadmin, { id: 'set-0' })
    expect(t.call('package_search', t.anonymous, {}).results.map((r: { name: string }) => r.name)).toEqual(['set-1'])
    expect(docs()).toBe(1)
  })

  /** How many datasets a search finds while another process holds `file`'s write lock (one dataset queued). */
  const foundWhileLocked = (file: string): number => {
    t = testEngine({ onDisk: true })
    t.call('organization_create', t.sysadmin, { name: 'org' })
    create(1)
    t.engine.db.pragma('busy_timeout = 20')
    const other = new Database(join(t.dataDir!, file))
    try {
      other.exec('BEGIN IMMEDIATE')
      return t.call('package_search', t.anonymous, { q: 'tags:water' }).count
    } finally {
      other.exec('COMMIT')
      other.close()
    }
  }

  it("answers a search from the index as it stands while another process holds the index's write lock", () => {
    expect(foundWhileLocked('search-index.sqlite')).toBe(0)
    expect(t.call('package_search', t.anonymous, { q: 'tags:water' }).count).toBe(1)
  })

  it("catches up while another process holds the catalog's write lock: the index is a file of its own", () => {
    expect(foundWhileLocked('catalog.sqlite')).toBe(1)
  })

  it('indexes the rest of a batch when one dataset cannot be indexed, and lets that one go', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org' })
    create(3)
    t.engine.db.prepare("UPDATE packages SET data = '{broken' WHERE name = 'set-1'").run()
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      expect(t.call('package_search', t.anonymous, { q: 'tags:water' }).results.map((r: { name: string }) => r.name).sort()).toEqual(['set-0', 'set-2'])
      expect(errors).toHaveBeenCalledOnce()
    } finally {
      errors.mockRestore()
    }
    expect(queuedForIndex(t.engine.db)).toBe(0)
  })

  it('lets a search in one process see what another process wrote', () => {
    t = testEngine({ onDisk: true })
    t.call('organization_create', t.sysadmin, { name: 'org' })
    second = Engine.open({ dataDir: t.dataDir })
    second.call('package_create', second.asUser(t.sysadmin.user!.name), { name: 'from-elsewhere', owner_org: 'org' })
    expect(t.call('package_search', t.anonymous, { q: 'name:from-elsewhere' }).count).toBe(1)
  })
})

describe('rewriting an entry', () => {
  it('replaces the rows of extras in the field index, leaving other datasets\' rows alone', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org' })
    const extras = (values: string[]) => values.map((value, i) => ({ key: `field${i}`, value }))
    t.call('package_create', t.sysadmin, { name: 'kept', owner_org: 'org', extras: extras(['lisbon', 'porto']) })
    t.call('package_create', t.sysadmin, { name: 'edited', owner_org: 'org', extras: extras(['lisbon', 'porto', 'faro']) })
    t.engine.catchUpSearchIndex()
    t.call('package_patch', t.sysadmin, { id: 'edited', extras: extras(['braga']) })
    const found = (q: string) => t.call('package_search', t.anonymous, { q }).results.map((r: { name: string }) => r.name).sort()
    expect(found('extras_field0:lisbon')).toEqual(['kept'])
    expect(found('extras_field2:faro')).toEqual([])
    expect(found('extras_field0:braga')).toEqual(['edited'])
    expect(t.engine.db.prepare('SELECT count(*) FROM search_field_fts').pluck().get()).toBe(3)
  })
})
