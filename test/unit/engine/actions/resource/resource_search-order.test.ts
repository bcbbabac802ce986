import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, minimal, type Catalog } from '../package/catalog.ts'

// resource_search's order_by beyond the search fields (its main tests sit in ../search/).
describe('resource_search order_by', () => {
  let t: Catalog
  beforeEach(() => {
    t = catalog()
    minimal(t, 'first', { resources: ['b', 'a'].map((name) => ({ url: `http://example.org/${name}.csv`, name })) })
    minimal(t, 'second', { resources: [{ url: 'http://example.org/c.csv', name: 'c' }] })
  })
  afterEach(() => t.close())

  const names = (order_by: string) =>
    t.call('resource_search', t.anonymous, { query: 'format:csv', order_by }).results.map((r: any) => r.name)

  it('sorts by position, as CKAN orders by any column of its Resource model', () => {
    expect(names('position')).toEqual(['b', 'c', 'a'])
  })

  it('sorts by id', () => {
    const all = t.call('resource_search', t.anonymous, { query: 'format:csv' }).results
    const byId = [...all].sort((x: any, y: any) => (x.id < y.id ? -1 : 1)).map((r: any) => r.name)
    expect(names('id')).toEqual(byId)
  })
})
