import { describe, expect, it } from 'vitest'
import { catalogWithViews } from './view-fixtures.ts'

describe('resource_view_show', () => {
  it('shows a public dataset\'s view to anyone', () => {
    const { t, open, png } = catalogWithViews()
    const [view] = t.call('resource_view_list', t.sysadmin, { id: png(open) })
    expect(t.call('resource_view_show', t.anonymous, { id: view.id })).toEqual(view)
    t.close()
  })

  it('shows a private dataset\'s view to its organization and sysadmins only', () => {
    const { t, member, outsider, secret, png } = catalogWithViews()
    const [view] = t.call('resource_view_list', t.sysadmin, { id: png(secret) })
    expect(t.call('resource_view_show', member, { id: view.id }).id).toBe(view.id)
    expect(t.failure('resource_view_show', outsider, { id: view.id })).toEqual({
      __type: 'Authorization Error',
      message: `Access denied: User out not authorized to read resource ${png(secret)}`,
    })
    expect(t.failure('resource_view_show', t.anonymous, { id: view.id }).message).toBe(
      `Access denied: User  not authorized to read resource ${png(secret)}`,
    )
    t.close()
  })

  it('answers a missing id with 409 and an unknown view with 404, whose text the auth check gives to all but sysadmins', () => {
    const { t, outsider } = catalogWithViews()
    expect(t.failure('resource_view_show', t.anonymous, {})).toEqual({ id: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('resource_view_show', t.sysadmin, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    for (const caller of [t.anonymous, outsider]) {
      expect(t.failure('resource_view_show', caller, { id: 'nope' })).toEqual({
        __type: 'Not Found Error',
        message: 'Not found: Resource view not found, cannot check auth.',
      })
    }
    t.close()
  })
})
