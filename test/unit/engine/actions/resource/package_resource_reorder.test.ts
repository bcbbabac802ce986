import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, minimal, type Catalog } from '../package/catalog.ts'

// package_resource_reorder's CKAN edge cases (its main tests sit in ../package/).
describe('package_resource_reorder, as CKAN 2.10 answers odd input', () => {
  let t: Catalog
  let created: any
  beforeEach(() => {
    t = catalog()
    created = minimal(t, 'to-reorder', { resources: [{ url: 'http://example.org/a.csv', name: 'a' }] })
  })
  afterEach(() => t.close())

  it('answers an empty or null id with package_show\'s name_or_id error', () => {
    const missing = { __type: 'Validation Error', name_or_id: ['Missing value'] }
    expect(t.failure('package_resource_reorder', t.sysadmin, { id: '', order: [] })).toEqual(missing)
    expect(t.failure('package_resource_reorder', t.anonymous, { id: null, order: [] })).toEqual(missing)
  })

  it('checks the order before the id is looked up', () => {
    expect(t.failure('package_resource_reorder', t.sysadmin, { id: '', order: 'x' })).toEqual({
      __type: 'Validation Error',
      order: 'Must be a list of resource',
    })
  })

  it('names an unknown resource id as Python prints it', () => {
    expect(t.failure('package_resource_reorder', t.sysadmin, { id: created.id, order: [true] })).toEqual({
      __type: 'Validation Error',
      order: 'resource_id True can not be found',
    })
    expect(t.failure('package_resource_reorder', t.sysadmin, { id: created.id, order: [null] })).toEqual({
      __type: 'Validation Error',
      order: 'resource_id None can not be found',
    })
  })
})
