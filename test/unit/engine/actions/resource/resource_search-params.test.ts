import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, minimal, type Catalog } from '../package/catalog.ts'

// resource_search's query and fields parameters at their edges (its main tests sit in ../search/).
describe('resource_search parameters', () => {
  let t: Catalog
  beforeEach(() => {
    t = catalog()
    minimal(t, 'first', { resources: ['a', 'b'].map((name) => ({ url: `http://example.org/${name}.csv`, name })) })
  })
  afterEach(() => t.close())

  it('takes a null query as not given, as CKAN does', () => {
    expect(t.failure('resource_search', t.anonymous, { query: null })).toEqual({ __type: 'Validation Error', query: 'Missing value' })
    expect(t.call('resource_search', t.anonymous, { query: null, fields: { name: 'a' } }).count).toBe(1)
  })

  it('refuses a fields parameter that is not a dict (CKAN fails with a 500)', () => {
    expect(t.failure('resource_search', t.anonymous, { fields: 'name:a' })).toEqual({ __type: 'Validation Error', fields: 'Must be a dict' })
    expect(t.failure('resource_search', t.anonymous, { fields: ['name'] })).toEqual({ __type: 'Validation Error', fields: 'Must be a dict' })
  })
})
