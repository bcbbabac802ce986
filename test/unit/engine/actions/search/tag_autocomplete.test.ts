import { afterAll, describe, expect, it } from 'vitest'
import { searchCatalog } from './search-catalog.ts'

const { t } = searchCatalog()
afterAll(() => t.close())

describe('tag_autocomplete', () => {
  it('lists tag names containing q', () => {
    expect(t.call('tag_autocomplete', t.anonymous, { q: 'tra' }).sort()).toEqual(['traffic', 'transport'])
    expect(t.call('tag_autocomplete', t.anonymous, { query: 'WAT' })).toEqual(['water'])
    expect(t.call('tag_autocomplete', t.anonymous, { q: 'tra', limit: 1 })).toHaveLength(1)
  })
  it('returns an empty list without q', () => {
    expect(t.call('tag_autocomplete', t.anonymous, {})).toEqual([])
  })
})
