import { afterAll, describe, expect, it } from 'vitest'
import { searchCatalog } from './search-catalog.ts'

const catalog = searchCatalog()
const { t, alice, bob, carol, dave } = catalog
afterAll(() => t.close())

const withPrivate = { include_private: true }

describe('package_search visibility', () => {
  it('never shows private datasets without include_private, not even to sysadmins', () => {
    expect(catalog.names(t.sysadmin)).toEqual(catalog.publicNames)
    expect(catalog.names(bob)).toEqual(catalog.publicNames)
    expect(catalog.names(t.sysadmin, { q: 'capacity:private' })).toEqual([])
  })
  it('shows anonymous callers and outsiders no private dataset even with include_private', () => {
    expect(catalog.names(t.anonymous, withPrivate)).toEqual(catalog.publicNames)
    expect(catalog.names(carol, withPrivate)).toEqual(catalog.publicNames)
  })
  it('shows members the private datasets of their own organizations only', () => {
    expect(catalog.names(alice, withPrivate)).toEqual([...catalog.publicNames, 'health-survey-private'].sort())
    expect(catalog.names(bob, withPrivate)).toEqual([...catalog.publicNames, 'road-works-private'].sort())
    expect(catalog.names(bob, { q: 'tags:health', ...withPrivate })).toEqual(['flood-risk', 'hospital-beds'])
  })
  it('shows sysadmins every private dataset with include_private', () => {
    expect(catalog.names(t.sysadmin, withPrivate)).toEqual(
      [...catalog.publicNames, 'health-survey-private', 'road-works-private'].sort(),
    )
    expect(catalog.names(t.sysadmin, { q: 'capacity:private', ...withPrivate })).toEqual(['health-survey-private', 'road-works-private'])
  })
  it('counts only what the caller may see', () => {
    expect(catalog.search(t.anonymous, { q: 'tags:transport', ...withPrivate }).count).toBe(2)
    expect(catalog.search(bob, { q: 'tags:transport', ...withPrivate }).count).toBe(3)
    expect(catalog.search(alice, { q: 'tags:transport', ...withPrivate }).count).toBe(2)
  })
  it('shows drafts with include_drafts to sysadmins and members of the organization', () => {
    expect(catalog.names(t.sysadmin, { include_drafts: true })).toEqual([...catalog.publicNames, 'noise-draft'].sort())
    expect(catalog.names(dave, { include_drafts: true })).toEqual([...catalog.publicNames, 'noise-draft'].sort())
    expect(catalog.names(alice, { include_drafts: true })).toEqual(catalog.publicNames)
    expect(catalog.names(t.anonymous, { include_drafts: true })).toEqual(catalog.publicNames)
    expect(catalog.names(t.sysadmin)).not.toContain('noise-draft')
  })
  it('shows deleted datasets only with include_deleted, to sysadmins and organization members', () => {
    expect(catalog.names(t.sysadmin, { include_deleted: true })).toEqual([...catalog.publicNames, 'old-ferry'].sort())
    expect(catalog.names(bob, { include_deleted: true })).toEqual([...catalog.publicNames, 'old-ferry'].sort())
    expect(catalog.names(carol, { include_deleted: true })).toEqual(catalog.publicNames)
    expect(catalog.names(t.sysadmin, { q: 'old' })).toEqual([])
  })
  it('leaves the state filter to an fq that sets +state, as CKAN does', () => {
    expect(catalog.names(t.sysadmin, { fq: '+state:deleted' })).toEqual(['old-ferry'])
    expect(catalog.names(t.anonymous, { fq: '+state:deleted' })).toEqual([])
    expect(catalog.names(t.sysadmin, { fq: '+state:(active OR draft)' })).toEqual([...catalog.publicNames, 'noise-draft'].sort())
  })
  it('counts facets over what the caller may see', () => {
    const facets = (caller: typeof alice) =>
      catalog.search(caller, { 'facet.field': ['tags'], ...withPrivate }).facets.tags as Record<string, number>
    expect(facets(t.anonymous).transport).toBe(2)
    expect(facets(bob).transport).toBe(3)
    expect(facets(t.anonymous).survey).toBeUndefined()
    expect(facets(alice).survey).toBe(1)
    expect(facets(t.sysadmin).health).toBe(3)
  })
  it('autocompletes only datasets the caller may read', () => {
    const names = (caller: typeof alice, q: string) =>
      (t.call('package_autocomplete', caller, { q }) as { name: string }[]).map((m) => m.name).sort()
    expect(names(t.anonymous, 'health')).toEqual([])
    expect(names(alice, 'health')).toEqual(['health-survey-private'])
    expect(names(t.sysadmin, 'road')).toEqual(['road-works-private'])
  })
})

describe('a sysadmin search with private datasets and drafts', () => {
  it('skips the state test while no dataset is in another state, and applies it once one is', async () => {
    const { testEngine } = await import('../../../../helpers/test-engine.ts')
    const e = testEngine()
    e.call('organization_create', e.sysadmin, { name: 'org' })
    e.call('package_create', e.sysadmin, { name: 'river-levels', owner_org: 'org', notes: 'river' })
    e.call('package_create', e.sysadmin, { name: 'river-draft', owner_org: 'org', notes: 'river', state: 'draft', private: true })
    const names = () =>
      (e.call('package_search', e.sysadmin, { q: 'river', include_private: true, include_drafts: true }).results as { name: string }[])
        .map((r) => r.name)
        .sort()
    expect(names()).toEqual(['river-draft', 'river-levels'])
    e.call('package_create', e.sysadmin, { name: 'river-gone', owner_org: 'org', notes: 'river' })
    e.call('package_delete', e.sysadmin, { id: 'river-gone' })
    expect(names()).toEqual(['river-draft', 'river-levels'])
    expect(e.call('package_search', e.sysadmin, { q: 'river', include_private: true, include_drafts: true, include_deleted: true }).count).toBe(3)
    e.close()
  })
})
