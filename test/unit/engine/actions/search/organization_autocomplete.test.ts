import { afterAll, describe, expect, it } from 'vitest'
import { searchCatalog } from './search-catalog.ts'

const { t } = searchCatalog()
afterAll(() => t.close())

describe('organization_autocomplete', () => {
  it('matches names and titles, ordered by title', () => {
    const result = t.call('organization_autocomplete', t.anonymous, { q: 'DEPT' }) as { name: string; title: string; id: string }[]
    expect(result.map((o) => o.name)).toEqual(['health-dept', 'transport-dept'])
    expect(Object.keys(result[0]).sort()).toEqual(['id', 'name', 'title'])
    expect(t.call('organization_autocomplete', t.anonymous, { q: 'agency' }).map((o: any) => o.title)).toEqual(['Environment Agency'])
  })
  it('lists organizations only', () => {
    expect(t.call('organization_autocomplete', t.anonymous, { q: 'climate' })).toEqual([])
  })
})
