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
  it('asks for results without facets, and for facets alone with rows 0; always with private and draft datasets', () => {
    const results = searchParams(' rivers ', { res_format: ['CSV'] }, 'name asc', 0, 50)
    expect(results).toMatchObject({ q: 'rivers', fq: 'res_format:"CSV"', sort: 'name asc', start: 0, rows: 50, facet: 'false', include_private: true, include_drafts: true })
    expect(results['facet.field']).toBeUndefined()
    expect(results.fl).toBe('id,name,title,organization,num_resources,res_format,private,state,metadata_modified')
    const facets = searchParams('rivers', {}, 'name asc', 0, 0)
    expect(JSON.parse(facets['facet.field'] as string)).toEqual(['organization', 'groups', 'tags', 'res_format', 'license_id'])
    expect(facets.rows).toBe(0)
    expect(facets.fq).toBeUndefined()
    expect(searchParams('rivers', {}, 'name asc', 200, 50)['facet.field']).toBeUndefined()
  })
})

describe('toggleFilter', () => {
  it('adds, then removes a value, dropping empty fields', () => {
    const on = toggleFilter({}, 'tags', 'water')
    expect(on).toEqual({ tags: ['water'] })
    expect(toggleFilter(on, 'tags', 'water')).toEqual({})
  })
})
