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

it('cuts group_list and organization_list pages to ckan.group_and_organization_list_max and _all_fields_max', () => {
  // CKAN 2.10's _group_or_org_list: a missing or larger limit becomes the configured maximum,
  // ckan.group_and_organization_list_all_fields_max with all_fields, else ..._list_max.
  t = testEngine({ config: { groupListMax: 3, groupListAllFieldsMax: 2 } })
  for (let i = 0; i < 4; i++) {
    t.call('organization_create', t.sysadmin, { name: `org-${i}` })
    t.call('group_create', t.sysadmin, { name: `group-${i}` })
  }
  expect(t.call('organization_list', t.anonymous, {})).toEqual(['org-0', 'org-1', 'org-2'])
  expect(t.call('group_list', t.anonymous, { limit: 10 })).toHaveLength(3)
  expect(t.call('group_list', t.anonymous, { limit: 2, offset: 1 })).toEqual(['group-1', 'group-2'])
  expect(t.call('organization_list', t.anonymous, { all_fields: true })).toHaveLength(2)
  expect(t.call('group_list', t.anonymous, { all_fields: true, limit: 3 })).toHaveLength(2)
})

it('pages activity lists by ckan.activity_list_limit, at most ckan.activity_list_limit_max', () => {
  catalogOfFive({ activityListLimit: 2, activityListLimitMax: 4 })
  expect(t.call('recently_changed_packages_activity_list', t.anonymous, {})).toHaveLength(2)
  expect(t.call('recently_changed_packages_activity_list', t.anonymous, { limit: 50 })).toHaveLength(4)
  expect(t.call('organization_activity_list', t.anonymous, { id: 'org', limit: 3 })).toHaveLength(3)
})
