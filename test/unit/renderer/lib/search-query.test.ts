import { describe, expect, it } from 'vitest'
import { filterQuery, quoteValue, searchParams, toggleFilter } from '../../../../renderer/lib/search-query.ts'

describe('filterQuery', () => {
  it('ANDs one quoted clause per selected value, facets in sidebar order', () => {
    expect(filterQuery({ tags: ['water', 'open data'], organization: ['city'] })).toBe(
      'organization:"city" AND tags:"water" AND tags:"open data"',
    )
  })

  it('escapes quotes and backslashes inside values', () => {
    expect(quoteValue('say "hi" \\ now')).toBe('"say \\"hi\\" \\\\ now"')
  })

  it('is empty without filters', () => {
    expect(filterQuery({})).toBe('')
  })
})

describe('searchParams', () => {
  it('asks for facets on the first page only, and always includes private and draft datasets', () => {
    const first = searchParams(' rivers ', { res_format: ['CSV'] }, 'name asc', 0, 100)
    expect(first).toMatchObject({ q: 'rivers', fq: 'res_format:"CSV"', sort: 'name asc', start: 0, rows: 100, include_private: true, include_drafts: true })
    expect(JSON.parse(first['facet.field'] as string)).toEqual(['organization', 'groups', 'tags', 'res_format', 'license_id'])
    const later = searchParams('rivers', {}, 'name asc', 200, 100)
    expect(later['facet.field']).toBeUndefined()
    expect(later.facet).toBe('false')
    expect(later.fq).toBeUndefined()
  })
})

describe('toggleFilter', () => {
  it('adds, then removes a value, dropping empty fields', () => {
    const on = toggleFilter({}, 'tags', 'water')
    expect(on).toEqual({ tags: ['water'] })
    expect(toggleFilter(on, 'tags', 'water')).toEqual({})
  })
})
