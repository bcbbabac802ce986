import { describe, expect, it } from 'vitest'
import { catalogWithViews } from './view-fixtures.ts'

describe('resource_view_delete', () => {
  it('removes the view for good and returns null', () => {
    const { t, editor, secret, png } = catalogWithViews()
    const [view] = t.call('resource_view_list', t.sysadmin, { id: png(secret) })
    expect(t.call('resource_view_delete', editor, { id: view.id })).toBeNull()
    expect(t.call('resource_view_list', t.sysadmin, { id: png(secret) })).toEqual([])
    expect(t.failure('resource_view_show', t.sysadmin, { id: view.id }).__type).toBe('Not Found Error')
    t.close()
  })

  it('answers a missing id with 409 and an unknown view with a bare 404, even to anonymous callers', () => {
    const { t } = catalogWithViews()
    expect(t.failure('resource_view_delete', t.anonymous, {})).toEqual({ id: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('resource_view_delete', t.anonymous, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    t.close()
  })

  it('refuses anonymous callers, members and outsiders with resource_delete\'s message', () => {
    const { t, member, outsider, open, png } = catalogWithViews()
    const [view] = t.call('resource_view_list', t.sysadmin, { id: png(open) })
    expect(t.failure('resource_view_delete', t.anonymous, { id: view.id }).message).toBe(
      'Access denied: Action resource_view_delete requires an authenticated user',
    )
    for (const [caller, name] of [[member, 'mem'], [outsider, 'out']] as const) {
      expect(t.failure('resource_view_delete', caller, { id: view.id }).message).toBe(
        `Access denied: User ${name} not authorized to delete resource ${png(open)}`,
      )
    }
    expect(t.call('resource_view_list', t.sysadmin, { id: png(open) })).toHaveLength(1)
    t.close()
  })
})
