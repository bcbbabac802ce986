import { describe, expect, it } from 'vitest'
import { catalogWithViews } from './view-fixtures.ts'

describe('resource_view_clear', () => {
  it('removes the views of the given types only', () => {
    const { t, open, csv, png } = catalogWithViews()
    t.call('resource_view_create', t.sysadmin, { resource_id: csv(open), view_type: 'text_view', title: 'Text' })
    expect(t.call('resource_view_clear', t.sysadmin, { view_types: ['image_view'] })).toBeNull()
    expect(t.call('resource_view_list', t.sysadmin, { id: png(open) })).toEqual([])
    expect(t.call('resource_view_list', t.sysadmin, { id: csv(open) }).map((v: any) => v.view_type)).toEqual(['text_view'])
    t.close()
  })

  it('removes every view when no types are given', () => {
    const { t, open, secret, csv, png } = catalogWithViews()
    t.call('resource_view_create', t.sysadmin, { resource_id: csv(open), view_type: 'text_view', title: 'Text' })
    t.call('resource_view_clear', t.sysadmin, { view_types: [] })
    for (const id of [csv(open), png(open), png(secret)]) expect(t.call('resource_view_list', t.sysadmin, { id })).toEqual([])
    t.close()
  })

  it('is for sysadmins only', () => {
    const { t, editor } = catalogWithViews()
    expect(t.failure('resource_view_clear', t.anonymous, {}).message).toBe('Access denied: Action resource_view_clear requires an authenticated user')
    expect(t.failure('resource_view_clear', editor, {})).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    t.close()
  })
})
