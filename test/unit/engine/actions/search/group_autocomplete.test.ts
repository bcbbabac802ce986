import { afterAll, describe, expect, it } from 'vitest'
import { searchCatalog } from './search-catalog.ts'

const { t } = searchCatalog()
afterAll(() => t.close())

describe('group_autocomplete', () => {
  it('matches group names and titles, groups only', () => {
    expect(t.call('group_autocomplete', t.anonymous, { q: 'street' }).map((g: any) => g.name)).toEqual(['roads'])
    expect(t.call('group_autocomplete', t.anonymous, { q: 'c' }).map((g: any) => g.name)).toEqual(['climate'])
    expect(t.call('group_autocomplete', t.anonymous, { q: 'dept' })).toEqual([])
  })
  it('requires q', () => {
    expect(t.failure('group_autocomplete', t.anonymous, { limit: 3 })).toEqual({ __type: 'Validation Error', q: ['Missing value'] })
  })
})
