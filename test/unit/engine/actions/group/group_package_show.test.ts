import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, minimal, type Catalog } from '../package/catalog.ts'

describe('group_package_show', () => {
  let t: Catalog
  beforeEach(() => {
    t = catalog()
    for (let i = 1; i <= 12; i += 1) minimal(t, `grouped-${String(i).padStart(2, '0')}`, { groups: [{ name: 'rec-group-ac8697' }] })
    minimal(t, 'grouped-private', { private: true, groups: [{ name: 'rec-group-ac8697' }] })
    minimal(t, 'not-grouped')
  })
  afterEach(() => t.close())

  const names = (caller: any, params: Record<string, unknown>) => t.call('group_package_show', caller, params).map((d: any) => d.name)

  it('lists the group\'s public datasets as package_search does: 10 by default, newest first, whole dicts', () => {
    const list = t.call('group_package_show', t.anonymous, { id: 'rec-group-ac8697' })
    expect(list.map((d: any) => d.name)).toEqual(Array.from({ length: 10 }, (_, i) => `grouped-${String(12 - i).padStart(2, '0')}`))
    expect(list[0]).toEqual(t.call('package_show', t.anonymous, { id: 'grouped-12' }))
    // Private datasets stay out even for a sysadmin, as in CKAN (the search is not asked for them).
    expect(names(t.sysadmin, { id: t.group.id, limit: 100 })).toHaveLength(12)
  })

  it('reads limit as CKAN does (int() of a truthy value)', () => {
    expect(names(t.anonymous, { id: 'rec-group-ac8697', limit: '3' })).toEqual(['grouped-12', 'grouped-11', 'grouped-10'])
    expect(names(t.anonymous, { id: 'rec-group-ac8697', limit: 2.7 })).toHaveLength(2)
    expect(names(t.anonymous, { id: 'rec-group-ac8697', limit: 0 })).toEqual([])
    expect(names(t.anonymous, { id: 'rec-group-ac8697', limit: '' })).toHaveLength(10)
    for (const limit of [-1, 'abc', '2.5']) {
      expect(t.failure('group_package_show', t.anonymous, { id: 'rec-group-ac8697', limit })).toEqual({
        message: 'Limit must be a positive integer',
        __type: 'Validation Error',
      })
    }
  })

  it('drops datasets taken out of the group or deleted', () => {
    t.call('package_patch', t.sysadmin, { id: 'grouped-12', groups: [] })
    t.call('package_delete', t.sysadmin, { id: 'grouped-11' })
    expect(names(t.anonymous, { id: 'rec-group-ac8697', limit: 2 })).toEqual(['grouped-10', 'grouped-09'])
  })

  it('answers a missing id, an unknown group and an organization as CKAN does', () => {
    expect(t.failure('group_package_show', t.anonymous, {})).toEqual({ id: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('group_package_show', t.anonymous, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    expect(names(t.anonymous, { id: 'rec-org-ac8697' })).toEqual([])
  })

  it('refuses a deleted group to those outside it', () => {
    t.call('group_delete', t.sysadmin, { id: 'rec-group-ac8697' })
    expect(t.failure('group_package_show', t.outsider, { id: 'rec-group-ac8697' })).toEqual({
      __type: 'Authorization Error',
      message: `Access denied: User outsider-ac8697 not authorized to read group ${t.group.id}`,
    })
  })
})
