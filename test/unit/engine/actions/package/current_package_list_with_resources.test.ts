import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, minimal, type Catalog } from './catalog.ts'

describe('current_package_list_with_resources', () => {
  let t: Catalog
  beforeEach(() => {
    t = catalog()
    for (let i = 0; i < 12; i += 1) minimal(t, `ds-${i}`, { resources: [{ url: `http://example.org/${i}.csv` }] })
    minimal(t, 'private-one', { private: true })
    t.call('package_patch', t.sysadmin, { id: 'ds-3', notes: 'touched last' })
  })
  afterEach(() => t.close())

  it('returns 10 whole dicts by default, most recently modified first, public only (050)', () => {
    const result = t.call('current_package_list_with_resources', t.anonymous, {})
    expect(result).toHaveLength(10)
    expect(result[0].name).toBe('ds-3')
    expect(result[1].name).toBe('ds-11')
    expect(result[0].resources).toHaveLength(1)
    expect(result[0]).toEqual(t.call('package_show', t.anonymous, { id: 'ds-3' }))
    expect(result.some((dict: any) => dict.private)).toBe(false)
  })

  it('includes private datasets for sysadmins only', () => {
    expect(t.call('current_package_list_with_resources', t.sysadmin, { limit: 2 }).map((d: any) => d.name)).toEqual([
      'ds-3',
      'private-one',
    ])
    expect(t.call('current_package_list_with_resources', t.member, { limit: 2 }).map((d: any) => d.name)).toEqual([
      'ds-3',
      'ds-11',
    ])
  })

  it('pages with offset, or the deprecated page', () => {
    const names = (params: Record<string, unknown>) =>
      t.call('current_package_list_with_resources', t.anonymous, params).map((d: any) => d.name)
    expect(names({ limit: 2, offset: 2 })).toEqual(['ds-10', 'ds-9'])
    expect(names({ limit: '2', page: '2' })).toEqual(['ds-10', 'ds-9'])
    // A null offset counts as not sent (CKAN's ignore_missing drops it), so page still applies.
    expect(names({ limit: 2, page: 2, offset: null })).toEqual(['ds-10', 'ds-9'])
    expect(t.failure('current_package_list_with_resources', t.anonymous, { page: 0 })).toEqual({
      __type: 'Validation Error',
      page: ['Must be a positive integer'],
    })
  })

  it('caps the page size at ckan.search.rows_max, as the package_search CKAN runs does, and pages in the limit as given', () => {
    const small = catalog({ searchRowsMax: 3 })
    try {
      for (let i = 0; i < 8; i += 1) minimal(small, `capped-${i}`)
      const names = (params: Record<string, unknown>) =>
        small.call('current_package_list_with_resources', small.anonymous, params).map((d: any) => d.name)
      expect(names({ limit: 5 })).toEqual(['capped-7', 'capped-6', 'capped-5'])
      // CKAN's page 2 of limit 5 starts at 5, though only 3 rows come back.
      expect(names({ limit: 5, page: 2 })).toEqual(['capped-2', 'capped-1', 'capped-0'])
    } finally {
      small.close()
    }
  })
})
