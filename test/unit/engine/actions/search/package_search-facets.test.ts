import { afterAll, describe, expect, it } from 'vitest'
import type { Caller } from '../../../../../electron/engine/engine.ts'
import { testEngine } from '../../../../helpers/test-engine.ts'

/** A random but fixed catalog: 160 datasets over 4 organizations and 3 groups, some private, drafts or deleted. */
const t = testEngine()
afterAll(() => t.close())
const member = t.user('member')
let seed = 7
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]
const words = ['rain', 'road', 'school', 'budget', 'health', 'river', 'park', 'tax', 'bus', 'noise']
t.engine.db.transaction(() => {
  for (let i = 0; i < 4; i++) t.call('organization_create', t.sysadmin, { name: `org-${i}`, title: `Organization ${'DCBA'[i]}` })
  for (let i = 0; i < 3; i++) t.call('group_create', t.sysadmin, { name: `group-${i}`, title: i === 2 ? '' : `Group ${i}` })
  t.call('organization_member_create', t.sysadmin, { id: 'org-1', username: 'member', role: 'member' })
  for (let i = 0; i < 160; i++) {
    t.call('package_create', t.sysadmin, {
      name: `dataset-${i}`,
      title: `${pick(words)} ${pick(words)} ${i}`,
      ...(i % 23 === 5 ? { state: 'draft' } : {}),
      owner_org: `org-${i % 4}`,
      private: random() < 0.2,
      license_id: pick(['cc-by', 'cc-zero', 'odc-odbl', '', 'unknown-license']),
      tags: [...new Set([pick(words), pick(words), pick(words)])].map((name) => ({ name })),
      groups: random() < 0.5 ? [{ name: `group-${i % 3}` }] : [],
      resources: Array.from({ length: Math.floor(random() * 4) }, (_, r) => ({
        url: `http://example.org/${i}/${r}`,
        format: pick(['CSV', 'JSON', 'csv', 'PDF', '']),
      })),
    })
    if (i % 29 === 3) t.call('package_delete', t.sysadmin, { id: `dataset-${i}` })
  }
})()

const facetFields = ['tags', 'res_format', 'license_id', 'organization', 'groups']

/** Facet counts computed from the full result dicts themselves. */
function bruteForce(results: any[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = Object.fromEntries(facetFields.map((f) => [f, {}]))
  const add = (field: string, values: unknown[]) => {
    for (const value of new Set(values.filter((v) => typeof v === 'string' && v !== ''))) {
      counts[field][value as string] = (counts[field][value as string] ?? 0) + 1
    }
  }
  for (const dataset of results) {
    add('tags', dataset.tags.filter((tag: any) => !tag.vocabulary_id).map((tag: any) => tag.name))
    add('res_format', dataset.resources.map((resource: any) => resource.format))
    add('license_id', [dataset.license_id])
    add('organization', [dataset.organization?.name])
    add('groups', dataset.groups.map((group: any) => group.name))
  }
  return counts
}

function check(caller: Caller, params: Record<string, unknown>) {
  const result = t.call('package_search', caller, { ...params, rows: 1000, 'facet.field': JSON.stringify(facetFields), 'facet.limit': -1 })
  expect(result.results.length).toBe(result.count)
  const expected = bruteForce(result.results)
  for (const field of facetFields) {
    expect(result.facets[field], `${field} for ${JSON.stringify(params)}`).toEqual(expected[field])
    const items = Object.fromEntries(result.search_facets[field].items.map((item: any) => [item.name, item.count]))
    expect(items).toEqual(expected[field])
  }
  return result
}

describe('package_search facets', () => {
  it('equal a brute-force count for *:*, anonymous and with private datasets', () => {
    const count = (where: string) => t.engine.db.prepare(`SELECT count(*) FROM packages WHERE ${where}`).pluck().get()
    expect(check(t.anonymous, {}).count).toBe(count("private = 0 AND state = 'active'"))
    expect(check(t.sysadmin, { include_private: true }).count).toBe(count("state = 'active'"))
    expect(check(t.sysadmin, { include_private: true, include_drafts: true, include_deleted: true }).count).toBe(160)
    check(member, { include_private: true })
    check(member, { include_private: true, include_drafts: true, include_deleted: true })
    check(member, { include_drafts: true })
    check(t.anonymous, { include_drafts: true, include_deleted: true })
  })
  it('equal a brute-force count for text queries, fields and filters', () => {
    for (const params of [
      { q: 'rain', include_drafts: true, include_deleted: true, include_private: true },
      { q: '-tags:noise', include_drafts: true, include_private: true },
      { q: 'rain' },
      { q: 'rain OR road OR school OR budget OR health' },
      { q: '-tags:noise' },
      { q: 'res_format:CSV', include_private: true },
      { q: 'road', fq: 'organization:org-1', include_private: true },
      { fq: 'groups:group-0' },
      { q: 'tags:tax tags:park' },
    ]) {
      check(t.anonymous, params)
      check(member, params)
      check(t.sysadmin, params)
    }
  })
  it('shows organization and group titles and license titles as display_name', () => {
    const { search_facets } = t.call('package_search', t.anonymous, { 'facet.field': '["organization","groups","license_id"]' })
    expect(search_facets.organization.items.find((i: any) => i.name === 'org-3').display_name).toBe('Organization A')
    expect(search_facets.groups.items.find((i: any) => i.name === 'group-0').display_name).toBe('Group 0')
    expect(search_facets.groups.items.find((i: any) => i.name === 'group-2').display_name).toBe('group-2')
    expect(search_facets.license_id.items.find((i: any) => i.name === 'cc-by').display_name).toBe('Creative Commons Attribution')
    expect(search_facets.license_id.items.find((i: any) => i.name === 'unknown-license').display_name).toBe('unknown-license')
  })
  it('sorts items by display_name descending and facets by count, as CKAN does', () => {
    const { facets, search_facets } = t.call('package_search', t.anonymous, { 'facet.field': '["organization","tags"]' })
    const names = search_facets.organization.items.map((i: any) => i.display_name)
    expect(names).toEqual([...names].sort().reverse())
    const counts = Object.values(facets.tags) as number[]
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    expect(search_facets.tags.title).toBe('tags')
  })
  it('applies facet.limit (top counts, negative = all) and facet.mincount', () => {
    const all = t.call('package_search', t.anonymous, { 'facet.field': '["tags"]', 'facet.limit': -1 }).facets.tags
    const top = t.call('package_search', t.anonymous, { 'facet.field': '["tags"]', 'facet.limit': 3 }).facets.tags
    expect(Object.keys(top)).toEqual(Object.keys(all).slice(0, 3))
    const min = t.call('package_search', t.anonymous, { q: 'tags:bus', 'facet.field': '["tags"]', 'facet.mincount': 5 }).facets.tags
    expect(Object.values(min).every((n) => (n as number) >= 5)).toBe(true)
    expect(min.bus).toBeGreaterThanOrEqual(5)
  })
  it('gives empty facets when none are asked for, or facet=false', () => {
    const plain = t.call('package_search', t.anonymous, {})
    expect(plain.facets).toEqual({})
    expect(plain.search_facets).toEqual({})
    const off = t.call('package_search', t.anonymous, { facet: 'false', 'facet.field': '["tags"]' })
    expect(off.search_facets).toEqual({})
  })
  it('lists every asked field, with no items when nothing matches', () => {
    const result = t.call('package_search', t.anonymous, { q: 'tags:nosuchtag', 'facet.field': ['tags', 'res_format'] })
    expect(result.facets).toEqual({ tags: {}, res_format: {} })
    expect(result.search_facets).toEqual({ tags: { title: 'tags', items: [] }, res_format: { title: 'res_format', items: [] } })
  })
  it('counts facets on fields kept as columns (state, capacity)', () => {
    const result = t.call('package_search', t.sysadmin, { include_private: true, 'facet.field': '["capacity"]', rows: 0 })
    const privateCount = t.call('package_search', t.sysadmin, { include_private: true, q: 'capacity:private', rows: 0 }).count
    expect(result.facets.capacity).toEqual({ public: result.count - privateCount, private: privateCount })
  })
})
