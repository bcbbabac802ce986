import { afterAll, describe, expect, it } from 'vitest'
import { searchCatalog } from './search-catalog.ts'

const { t, alice } = searchCatalog()
afterAll(() => t.close())

describe('tag_search', () => {
  it('finds free tags containing every term, with a count', () => {
    const result = t.call('tag_search', t.anonymous, { query: 'RA' })
    expect(result.results.map((r: any) => r.name).sort()).toEqual(['traffic', 'transport'])
    expect(result.count).toBe(2)
    expect(Object.keys(result.results[0]).sort()).toEqual(['id', 'name', 'vocabulary_id'])
    expect(t.call('tag_search', t.anonymous, { query: ['en', 'ment'] }).results.map((r: any) => r.name)).toEqual(['environment'])
  })
  it('pages with limit and offset, counting all', () => {
    const result = t.call('tag_search', t.anonymous, { q: 'a', limit: 1, offset: 1 })
    expect(result.results).toHaveLength(1)
    expect(result.count).toBeGreaterThan(2)
  })
  it('hides tags only private datasets use from those who cannot read them', () => {
    expect(t.call('tag_search', t.anonymous, { query: 'survey' }).count).toBe(0)
    expect(t.call('tag_search', alice, { query: 'survey' }).count).toBe(1)
  })
  it('searches a vocabulary, and 404s on an unknown one', () => {
    t.call('vocabulary_create', t.sysadmin, { name: 'genre', tags: [{ name: 'jazz' }, { name: 'blues' }] })
    expect(t.call('tag_search', t.anonymous, { query: 'j', vocabulary_id: 'genre' }).results.map((r: any) => r.name)).toEqual(['jazz'])
    expect(t.failure('tag_search', t.anonymous, { query: 'j', vocabulary_id: 'nope' }).__type).toBe('Not Found Error')
  })
  it('returns nothing without a query', () => {
    expect(t.call('tag_search', t.anonymous, {})).toEqual({ count: 0, results: [] })
  })
})
