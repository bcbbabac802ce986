/**
 * group_show / organization_show with include_datasets list the first page
 * of CKAN's dataset search, whose rows are cut to ckan.search.rows_max
 * (CKAN's test_get.py TestGroupShow / TestOrganizationShow
 * test_package_limit_configured).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

let t: TestEngine
afterEach(() => t?.close())

describe('include_datasets under ckan.search.rows_max', () => {
  it('lists at most rows_max datasets of a group and of an organization', () => {
    t = testEngine({ config: { searchRowsMax: 2 } })
    t.call('group_create', t.sysadmin, { name: 'g1' })
    t.call('organization_create', t.sysadmin, { name: 'o1' })
    for (let i = 0; i < 3; i++) t.call('package_create', t.sysadmin, { name: `d${i}`, groups: [{ name: 'g1' }], owner_org: 'o1' })
    const group = t.call('group_show', t.anonymous, { id: 'g1', include_datasets: 1 })
    expect(group.packages).toHaveLength(2)
    expect(group.package_count).toBe(3)
    const org = t.call('organization_show', t.anonymous, { id: 'o1', include_datasets: 1 })
    expect(org.packages).toHaveLength(2)
    expect(org.package_count).toBe(3)
  })

  it('keeps the default page of 10 when rows_max is larger', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'o1' })
    for (let i = 0; i < 11; i++) t.call('package_create', t.sysadmin, { name: `d${i}`, owner_org: 'o1' })
    expect(t.call('organization_show', t.anonymous, { id: 'o1', include_datasets: true }).packages).toHaveLength(10)
  })
})
