import { afterAll, describe, expect, it } from 'vitest'
import { searchCatalog } from './search-catalog.ts'

const { t } = searchCatalog()
afterAll(() => t.close())

describe('format_autocomplete', () => {
  it('lists lower-cased formats containing q, most used first', () => {
    expect(t.call('format_autocomplete', t.sysadmin, { q: 's' })).toEqual(['csv', 'geojson', 'json', 'xlsx'])
    expect(t.call('format_autocomplete', t.anonymous, { q: 'JSON' })).toEqual(['geojson', 'json'])
    expect(t.call('format_autocomplete', t.anonymous, { q: 's', limit: 1 })).toEqual(['csv'])
  })
  it('counts only datasets the caller may read: a private dataset\'s format stays with its readers (unlike CKAN)', () => {
    expect(t.call('format_autocomplete', t.anonymous, { q: 'xls' })).toEqual([])
    expect(t.call('format_autocomplete', t.user('outsider-fmt'), { q: 'xls' })).toEqual([])
    expect(t.call('format_autocomplete', t.sysadmin, { q: 'xls' })).toEqual(['xlsx'])
  })
  it('requires q', () => {
    expect(t.failure('format_autocomplete', t.anonymous, {})).toEqual({ __type: 'Validation Error', q: ['Missing value'] })
  })
})
