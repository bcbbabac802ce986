import { describe, expect, it } from 'vitest'
import { catalogWithViews } from './view-fixtures.ts'

describe('resource_view_list', () => {
  it('lists a resource\'s views in their order, an empty list when it has none', () => {
    const { t, open, csv, png } = catalogWithViews()
    expect(t.call('resource_view_list', t.anonymous, { id: csv(open) })).toEqual([])
    expect(t.call('resource_view_list', t.anonymous, { id: png(open) })).toEqual([
      expect.objectContaining({ resource_id: png(open), view_type: 'image_view', title: 'Image', description: '', package_id: open.id }),
    ])
    t.close()
  })

  it('hides a private dataset\'s views from outsiders and anonymous callers', () => {
    const { t, editor, member, outsider, secret, png } = catalogWithViews()
    expect(t.call('resource_view_list', member, { id: png(secret) })).toHaveLength(1)
    expect(t.call('resource_view_list', editor, { id: png(secret) })).toHaveLength(1)
    expect(t.failure('resource_view_list', outsider, { id: png(secret) }).message).toBe(
      `Access denied: User out not authorized to read resource ${png(secret)}`,
    )
    expect(t.failure('resource_view_list', t.anonymous, { id: png(secret) }).__type).toBe('Authorization Error')
    t.close()
  })

  it('answers a missing id with 409 and an unknown resource with a bare 404 for everyone', () => {
    const { t } = catalogWithViews()
    expect(t.failure('resource_view_list', t.sysadmin, {})).toEqual({ id: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('resource_view_list', t.anonymous, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    t.close()
  })
})
