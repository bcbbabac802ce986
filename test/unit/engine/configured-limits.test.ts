/**
 * The page limits CKAN reads from its ini file (ckan.search.rows_max,
 * search.facets.limit, ckan.activity_list_limit and _max), set on the
 * engine: each changes what the actions answer, as in CKAN.
 */
import { afterEach, expect, it } from 'vitest'
import type { EngineConfig } from '../../../electron/engine/config.ts'
import { testEngine, type TestEngine } from '../../helpers/test-engine.ts'

let t: TestEngine
afterEach(() => t.close())

function catalogOfFive(config: Partial<EngineConfig>) {
  t = testEngine({ config })
  t.call('organization_create', t.sysadmin, { name: 'org' })
  for (let i = 0; i < 5; i++) t.call('package_create', t.sysadmin, { name: `set-${i}`, owner_org: 'org', tags: [{ name: `tag-${i}` }] })
}

it('cuts package_search rows to ckan.search.rows_max and lists search.facets.limit values per facet', () => {
  catalogOfFive({ searchRowsMax: 3, searchFacetsLimit: 2 })
  const found = t.call('package_search', t.anonymous, { rows: 50, 'facet.field': '["tags"]' })
  expect(found.count).toBe(5)
  expect(found.results).toHaveLength(3)
  expect(Object.keys(found.facets.tags)).toHaveLength(2)
  // An explicit facet.limit still wins, as in CKAN.
  expect(Object.keys(t.call('package_search', t.anonymous, { 'facet.field': '["tags"]', 'facet.limit': 4 }).facets.tags)).toHaveLength(4)
})

it('pages activity lists by ckan.activity_list_limit, at most ckan.activity_list_limit_max', () => {
  catalogOfFive({ activityListLimit: 2, activityListLimitMax: 4 })
  expect(t.call('recently_changed_packages_activity_list', t.anonymous, {})).toHaveLength(2)
  expect(t.call('recently_changed_packages_activity_list', t.anonymous, { limit: 50 })).toHaveLength(4)
  expect(t.call('organization_activity_list', t.anonymous, { id: 'org', limit: 3 })).toHaveLength(3)
})
