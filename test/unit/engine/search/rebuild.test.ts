import { afterEach, describe, expect, it } from 'vitest'
import { rebuildSearchIndex } from '../../../../electron/engine/search/rebuild.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'
import { recountFacets } from '../../../helpers/search-counts.ts'

let t: TestEngine
afterEach(() => t?.close())

function setup(count: number): TestEngine {
  t = testEngine()
  t.call('organization_create', t.sysadmin, { name: 'org', title: 'Org' })
  t.call('group_create', t.sysadmin, { name: 'grp', title: 'Group' })
  for (let i = 0; i < count; i++) {
    t.call('package_create', t.sysadmin, {
      name: `dataset-${i}`,
      title: `Dataset number ${i}`,
      owner_org: 'org',
      private: i % 3 === 0,
      tags: [{ name: i % 2 ? 'odd' : 'even' }],
      groups: i % 4 === 0 ? [{ name: 'grp' }] : [],
      resources: [{ url: `http://example.org/${i}.csv`, format: 'CSV' }],
    })
  }
  return t
}

const snapshot = () =>
  t.call('package_search', t.sysadmin, {
    rows: 1000,
    include_private: true,
    sort: 'name asc',
    'facet.field': '["tags","groups","res_format","organization"]',
  })

describe('rebuildSearchIndex', () => {
  it('rebuilds an index equal to the one kept by writes, twice in a row', () => {
    setup(12)
    const before = snapshot()
    expect(rebuildSearchIndex(t.engine).datasets).toBe(12)
    expect(snapshot()).toEqual(before)
    rebuildSearchIndex(t.engine, { batchSize: 5 })
    expect(snapshot()).toEqual(before)
  })
  it('repairs a damaged index', () => {
    setup(6)
    const before = snapshot()
    t.engine.db.exec("DELETE FROM search_terms WHERE field = 'tags'; DELETE FROM search_fts WHERE rowid % 2 = 0")
    expect(t.call('package_search', t.anonymous, { q: 'tags:odd' }).count).toBe(0)
    rebuildSearchIndex(t.engine)
    expect(snapshot()).toEqual(before)
  })
  it('keeps answering from the old index and takes in writes made while it runs', () => {
    setup(10)
    let batches = 0
    rebuildSearchIndex(t.engine, {
      batchSize: 3,
      onProgress: () => {
        batches += 1
        if (batches !== 1) return
        // Between batches: searches see the old index, and writes go to both.
        expect(t.call('package_search', t.sysadmin, { include_private: true, rows: 0 }).count).toBe(10)
        t.call('package_create', t.sysadmin, { name: 'written-during-rebuild', owner_org: 'org', tags: [{ name: 'late' }] })
        t.call('package_patch', t.sysadmin, { id: 'dataset-9', tags: [{ name: 'patched' }] })
        t.call('dataset_purge', t.sysadmin, { id: 'dataset-8' })
        t.call('package_patch', t.sysadmin, { id: 'dataset-1', tags: [{ name: 'patched' }] })
      },
    })
    expect(batches).toBeGreaterThan(2)
    const names = (q: string) =>
      (t.call('package_search', t.sysadmin, { q, include_private: true, rows: 100 }).results as { name: string }[]).map((r) => r.name).sort()
    expect(names('tags:late')).toEqual(['written-during-rebuild'])
    expect(names('tags:patched')).toEqual(['dataset-1', 'dataset-9'])
    expect(names('name:dataset-8')).toEqual([])
    expect(t.call('package_search', t.sysadmin, { include_private: true, rows: 0 }).count).toBe(10)
    const recount = recountFacets(t.engine.db)
    expect(t.engine.db.prepare('SELECT field, value, state, private, label, n FROM search_counts ORDER BY 1, 2, 3, 4, 5').all()).toEqual(recount)
    expect(t.engine.db.prepare("SELECT count(*) FROM search.sqlite_master WHERE name LIKE 'search%_new'").pluck().get()).toBe(0)
    expect(t.engine.db.prepare("SELECT count(*) FROM search_state WHERE key = 'rebuild_suffix'").pluck().get()).toBe(0)
  })
  it('starts over after an interrupted rebuild', () => {
    setup(4)
    const before = snapshot()
    expect(() =>
      rebuildSearchIndex(t.engine, {
        batchSize: 1,
        onProgress: () => {
          throw new Error('killed')
        },
      }),
    ).toThrow('killed')
    t.call('package_patch', t.sysadmin, { id: 'dataset-0', title: 'Changed while half rebuilt' })
    rebuildSearchIndex(t.engine)
    expect(t.call('package_search', t.sysadmin, { q: 'title:changed', include_private: true }).count).toBe(1)
    expect(snapshot().count).toBe(before.count)
  })
})
