import { afterAll, describe, expect, it } from 'vitest'
import { searchCatalog } from './search-catalog.ts'

const { t } = searchCatalog()
afterAll(() => t.close())

describe('package_autocomplete', () => {
  it('matches names first, then titles, in CKAN’s shape', () => {
    expect(t.call('package_autocomplete', t.anonymous, { q: 'bus' })).toEqual([
      { name: 'bus-stops', title: 'Bus stops', match_field: 'name', match_displayed: 'bus-stops' },
    ])
    expect(t.call('package_autocomplete', t.anonymous, { q: 'Hourly' })).toEqual([])
    expect(t.call('package_autocomplete', t.anonymous, { q: 'areas' })).toEqual([
      { name: 'flood-risk', title: 'Flooding risk areas', match_field: 'title', match_displayed: 'Flooding risk areas (flood-risk)' },
    ])
  })
  it('limits to 10 by default, or limit', () => {
    expect(t.call('package_autocomplete', t.anonymous, { q: 'a', limit: 2 })).toHaveLength(2)
  })
  it('never lists deleted or draft datasets', () => {
    expect(t.call('package_autocomplete', t.sysadmin, { q: 'ferry' })).toEqual([])
    expect(t.call('package_autocomplete', t.sysadmin, { q: 'noise' })).toEqual([])
  })
  it('requires q, and suggests nothing for an empty one', () => {
    expect(t.failure('package_autocomplete', t.anonymous, {})).toEqual({ __type: 'Validation Error', q: ['Missing value'] })
    expect(t.call('package_autocomplete', t.anonymous, { q: '' })).toEqual([])
    expect(t.call('package_autocomplete', t.anonymous, { q: ' ' })).toEqual([])
  })
})
