/**
 * CKAN's model tests for groups (ckan/tests/model/test_group.py), checked
 * through what the Action API shows. The hierarchy helpers are covered by
 * test/unit/engine/groups/hierarchy.test.ts.
 */
import { expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

it('test_basic / test_add_packages: a group holds the datasets added to it', () => {
  const t = testEngine()
  const group = t.call('group_create', t.sysadmin, { name: 'russian', title: 'Russian Group', description: 'This is the russian group' })
  expect([group.title, group.description, group.package_count]).toEqual(['Russian Group', 'This is the russian group', 0])
  t.call('organization_create', t.sysadmin, { name: 'org' })
  t.call('package_create', t.sysadmin, { name: 'anna', owner_org: 'org' })
  t.call('package_create', t.sysadmin, { name: 'war', owner_org: 'org' })
  for (const id of ['anna', 'war']) t.call('member_create', t.sysadmin, { id: 'russian', object: id, object_type: 'package', capacity: 'public' })
  const shown = t.call('group_show', t.sysadmin, { id: 'russian', include_datasets: true })
  expect(shown.packages.map((p: { name: string }) => p.name).sort()).toEqual(['anna', 'war'])
  expect(t.call('package_show', t.sysadmin, { id: 'anna' }).groups.map((g: { name: string }) => g.name)).toEqual(['russian'])
  t.close()
})

it('test_search_by_name_or_title_only_returns_active_groups: group_autocomplete leaves out a deleted group', () => {
  const t = testEngine()
  t.call('group_create', t.sysadmin, { name: 'active-group' })
  t.call('group_create', t.sysadmin, { name: 'gone-group' })
  t.call('group_delete', t.sysadmin, { id: 'gone-group' })
  expect(t.call('group_autocomplete', t.sysadmin, { q: 'active-group' }).map((g: { name: string }) => g.name)).toEqual(['active-group'])
  expect(t.call('group_autocomplete', t.sysadmin, { q: 'gone-group' })).toEqual([])
  expect(t.call('group_list', t.sysadmin, { q: 'gone-group' })).toEqual([])
  t.close()
})
