import { afterAll, describe, expect, it } from 'vitest'
import { searchCatalog } from './search-catalog.ts'

const { t } = searchCatalog()
afterAll(() => t.close())

const search = (params: Record<string, unknown>) => t.call('resource_search', t.anonymous, params)
const names = (params: Record<string, unknown>) => (search(params).results as { name: string }[]).map((r) => r.name).sort()

describe('resource_search', () => {
  it('finds resources of public active datasets by case-insensitive substring', () => {
    expect(names({ query: 'format:csv' })).toEqual(['Beds', 'Counts', 'Risk table', 'Stops CSV'])
    expect(names({ query: 'name:RISK' })).toEqual(['Risk areas', 'Risk table'])
    expect(names({ query: 'format:xlsx' })).toEqual([]) // only in a private dataset
  })
  it('ANDs several criteria given as a list', () => {
    expect(names({ query: ['format:csv', 'url:risk'] })).toEqual(['Risk table'])
  })
  it('returns resource dicts as resource_show does, with the count before paging', () => {
    const result = search({ query: 'format:csv', order_by: 'name', limit: 2, offset: 1 })
    expect(result.count).toBe(4)
    expect(result.results.map((r: any) => r.name)).toEqual(['Counts', 'Risk table'])
    const shown = t.call('resource_show', t.anonymous, { id: result.results[0].id })
    expect(result.results[0]).toEqual(shown)
  })
  it('takes LIKE characters literally', () => {
    expect(names({ query: 'name:%' })).toEqual([])
    expect(names({ query: 'name:_' })).toEqual([])
  })
  it('accepts only CKAN\'s core resource columns, compares sizes and dates whole, and finds no empty field with an empty term', () => {
    for (const field of ['id', 'package_id', 'position', 'state', 'extras']) {
      expect(t.failure('resource_search', t.anonymous, { query: `${field}:x` }).query).toBe(`Field "${field}" not recognised in resource_search.`)
    }
    const [first] = search({ query: 'format:csv', order_by: 'name' }).results
    expect(names({ query: `created:${first.created}` })).toContain(first.name)
    expect(names({ query: `created:${first.created.slice(0, 10)}` })).toEqual([]) // a date is not a substring
    expect(names({ query: 'size:abc' })).toEqual([])
    expect(search({ query: 'mimetype_inner:' }).count).toBe(0) // no resource has one
  })
  it('answers CKAN’s validation errors', () => {
    expect(t.failure('resource_search', t.anonymous, {})).toEqual({ __type: 'Validation Error', query: 'Missing value' })
    expect(t.failure('resource_search', t.anonymous, { query: 'csv' })).toEqual({
      __type: 'Validation Error',
      query: 'Must be <field>:<value> pair(s)',
    })
    expect(t.failure('resource_search', t.anonymous, { query: 'colour:red' })).toEqual({
      __type: 'Validation Error',
      query: 'Field "colour" not recognised in resource_search.',
    })
    expect(t.failure('resource_search', t.anonymous, { query: 'name:x', fields: { name: 'x' } })).toEqual({
      __type: 'Validation Error',
      fields: 'Do not specify if using "query" parameter',
    })
    expect(t.failure('resource_search', t.anonymous, { query: 'name:x', limit: -1 })).toEqual({
      __type: 'Validation Error',
      limit: ['Must be a natural number'],
    })
  })
  it('still takes the deprecated fields parameter', () => {
    expect(names({ fields: { name: 'risk areas' } })).toEqual(['Risk areas'])
  })
})
