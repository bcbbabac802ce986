import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'
import { recountFacets } from '../../../helpers/search-counts.ts'

let t: TestEngine
afterEach(() => t?.close())

function setup(): TestEngine {
  t = testEngine()
  t.call('organization_create', t.sysadmin, { name: 'org', title: 'Org' })
  t.call('group_create', t.sysadmin, { name: 'grp', title: 'Group' })
  return t
}

const names = (params: Record<string, unknown>) =>
  (t.call('package_search', t.sysadmin, { rows: 1000, include_private: true, include_drafts: true, ...params }).results as { name: string }[])
    .map((r) => r.name)
    .sort()
/** Rows in an index table once the index caught up with every write. */
const rows = (table: string) => {
  t.engine.catchUpSearchIndex()
  return t.engine.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()
}

describe('the search index follows dataset writes', () => {
  it('indexes a new dataset in the same call', () => {
    setup()
    t.call('package_create', t.sysadmin, { name: 'rivers', title: 'Rivers of Europe', owner_org: 'org', tags: [{ name: 'water' }] })
    expect(names({ q: 'europe' })).toEqual(['rivers'])
    expect(names({ q: 'tags:water' })).toEqual(['rivers'])
  })
  it('replaces the old entry on update and patch', () => {
    setup()
    t.call('package_create', t.sysadmin, { name: 'rivers', title: 'Rivers', owner_org: 'org', tags: [{ name: 'water' }] })
    t.call('package_patch', t.sysadmin, { id: 'rivers', title: 'Lakes', tags: [{ name: 'lake' }] })
    expect(names({ q: 'rivers' })).toEqual(['rivers']) // the name still says rivers
    expect(names({ q: 'title:rivers' })).toEqual([])
    expect(names({ q: 'title:lakes' })).toEqual(['rivers'])
    expect(names({ q: 'tags:water' })).toEqual([])
    expect(rows('search_docs')).toBe(1)
  })
  it('follows group membership changes and organization renames', () => {
    setup()
    t.call('package_create', t.sysadmin, { name: 'rivers', owner_org: 'org' })
    expect(names({ q: 'groups:grp' })).toEqual([])
    t.call('member_create', t.sysadmin, { id: 'grp', object: 'rivers', object_type: 'package', capacity: 'public' })
    expect(names({ q: 'groups:grp' })).toEqual(['rivers'])
    t.call('organization_patch', t.sysadmin, { id: 'org', name: 'renamed-org' })
    expect(names({ q: 'organization:renamed-org' })).toEqual(['rivers'])
    expect(names({ q: 'organization:org' })).toEqual([])
    t.call('member_delete', t.sysadmin, { id: 'grp', object: 'rivers', object_type: 'package' })
    expect(names({ q: 'groups:grp' })).toEqual([])
  })
  it('follows a move to another organization', () => {
    setup()
    t.call('organization_create', t.sysadmin, { name: 'other-org', title: 'Other' })
    t.call('package_create', t.sysadmin, { name: 'rivers', owner_org: 'org' })
    t.call('package_owner_org_update', t.sysadmin, { id: 'rivers', organization_id: 'other-org' })
    expect(names({ q: 'organization:other-org' })).toEqual(['rivers'])
    expect(names({ q: 'organization:org' })).toEqual([])
    const facets = t.call('package_search', t.anonymous, { 'facet.field': '["organization"]' }).facets.organization
    expect(facets).toEqual({ 'other-org': 1 })
  })
  it('hides a deleted dataset and forgets a purged one', () => {
    setup()
    t.call('package_create', t.sysadmin, { name: 'rivers', owner_org: 'org' })
    t.call('package_delete', t.sysadmin, { id: 'rivers' })
    expect(names({})).toEqual([])
    expect(names({ include_deleted: true })).toEqual(['rivers'])
    t.call('dataset_purge', t.sysadmin, { id: 'rivers' })
    expect(rows('search_docs')).toBe(0)
    expect(rows('search_terms')).toBe(0)
    expect(t.engine.db.prepare("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'rivers'").pluck().get()).toBe(0)
  })
  it('is rolled back with a failed transaction', () => {
    setup()
    expect(() =>
      t.engine.db.transaction(() => {
        t.call('package_create', t.sysadmin, { name: 'rivers', owner_org: 'org' })
        throw new Error('rollback')
      })(),
    ).toThrow('rollback')
    expect(rows('search_docs')).toBe(0)
    expect(names({ q: 'rivers' })).toEqual([])
  })
  it('keeps the facet counts per visibility class equal to a recount through every kind of write', () => {
    setup()
    const recount = () => recountFacets(t.engine.db)
    const kept = () => {
      t.engine.catchUpSearchIndex()
      return t.engine.db.prepare('SELECT field, value, state, private, label, n FROM search_counts ORDER BY 1, 2, 3, 4, 5').all()
    }
    const resources = [{ url: 'http://example.org/a.csv', format: 'CSV' }]
    t.call('package_create', t.sysadmin, { name: 'aa', owner_org: 'org', tags: [{ name: 'xx' }], license_id: 'cc-by', resources })
    t.call('package_create', t.sysadmin, { name: 'bb', owner_org: 'org', tags: [{ name: 'xx' }, { name: 'yy' }], groups: [{ name: 'grp' }] })
    t.call('package_create', t.sysadmin, { name: 'cc', owner_org: 'org', private: true, tags: [{ name: 'xx' }] })
    expect(kept()).toEqual(recount())
    t.call('package_patch', t.sysadmin, { id: 'aa', tags: [{ name: 'zz' }] })
    t.call('package_patch', t.sysadmin, { id: 'cc', private: false })
    t.call('package_patch', t.sysadmin, { id: 'bb', private: true })
    t.call('member_create', t.sysadmin, { id: 'grp', object: 'aa', object_type: 'package', capacity: 'public' })
    expect(kept()).toEqual(recount())
    t.call('package_delete', t.sysadmin, { id: 'aa' })
    t.call('dataset_purge', t.sysadmin, { id: 'cc' })
    expect(kept()).toEqual(recount())
    t.call('dataset_purge', t.sysadmin, { id: 'aa' })
    t.call('dataset_purge', t.sysadmin, { id: 'bb' })
    expect(kept()).toEqual([])
  })
  it('indexes what portals send: extras, vocabulary tags, custom fields, multilingual dicts', () => {
    setup()
    const genre = t.call('vocabulary_create', t.sysadmin, { name: 'genre', tags: [{ name: 'jazz' }] })
    t.call('package_create', t.sysadmin, {
      name: 'songs',
      owner_org: 'org',
      extras: [{ key: 'spatial coverage!', value: 'Lisbon' }],
      tags: [{ name: 'jazz', vocabulary_id: genre.id }, { name: 'music' }],
      title_translated: { en: 'Songs', pt: 'Canções' },
      release_date: '2020-05-01',
    })
    expect(names({ q: 'extras_spatialcoverage:lisbon' })).toEqual(['songs'])
    expect(names({ q: 'vocab_genre:jazz' })).toEqual(['songs'])
    expect(names({ q: 'tags:jazz' })).toEqual([])
    expect(names({ q: 'cancoes' })).toEqual(['songs'])
    expect(names({ q: 'release_date:[2020-01-01T00:00:00Z TO 2020-12-31T00:00:00Z]' })).toEqual(['songs'])
  })
})
