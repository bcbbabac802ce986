import { describe, expect, it } from 'vitest'
import { catalogWithViews, imageView } from './view-fixtures.ts'

function withThreeViews() {
  const fixture = catalogWithViews()
  const { t, open, csv } = fixture
  const ids = ['a', 'b', 'c'].map((title) => t.call('resource_view_create', t.sysadmin, imageView(csv(open), { title })).id as string)
  return { ...fixture, ids }
}

describe('resource_view_reorder', () => {
  it('puts the named views first and the others after, in their order', () => {
    const { t, editor, open, csv, ids } = withThreeViews()
    expect(t.call('resource_view_reorder', editor, { id: csv(open), order: [ids[2]] })).toEqual({ id: csv(open), order: [ids[2], ids[0], ids[1]] })
    expect(t.call('resource_view_list', t.anonymous, { id: csv(open) }).map((v: any) => v.title)).toEqual(['c', 'a', 'b'])
    // A view made after a reorder still goes last.
    const last = t.call('resource_view_create', t.sysadmin, imageView(csv(open), { title: 'd' }))
    expect(t.call('resource_view_list', t.anonymous, { id: csv(open) }).map((v: any) => v.id)).toEqual([ids[2], ids[0], ids[1], last.id])
    t.close()
  })

  it('asks for id and order, then a list without duplicates, with CKAN\'s bare messages', () => {
    const { t, open, csv, ids } = withThreeViews()
    expect(t.failure('resource_view_reorder', t.anonymous, {})).toEqual({ id: ['Missing value'], order: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('resource_view_reorder', t.anonymous, { id: csv(open), order: ids[0] })).toEqual({
      order: 'Must supply order as a list',
      __type: 'Validation Error',
    })
    expect(t.failure('resource_view_reorder', t.anonymous, { id: csv(open), order: [ids[0], ids[0]] })).toEqual({
      order: 'No duplicates allowed in order',
      __type: 'Validation Error',
    })
    t.close()
  })

  it('answers an unknown resource with 404 and a view of another resource with 409, changing nothing', () => {
    const { t, open, csv, png, ids } = withThreeViews()
    expect(t.failure('resource_view_reorder', t.anonymous, { id: 'nope', order: [] })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Resource was not found.',
    })
    const [other] = t.call('resource_view_list', t.sysadmin, { id: png(open) })
    expect(t.failure('resource_view_reorder', t.sysadmin, { id: csv(open), order: [ids[1], other.id] })).toEqual({
      order: `View ${other.id} does not exist`,
      __type: 'Validation Error',
    })
    expect(t.call('resource_view_list', t.anonymous, { id: csv(open) }).map((v: any) => v.id)).toEqual(ids)
    t.close()
  })

  it('refuses anonymous callers, members and outsiders with resource_update\'s message', () => {
    const { t, member, outsider, open, csv, ids } = withThreeViews()
    expect(t.failure('resource_view_reorder', t.anonymous, { id: csv(open), order: ids }).message).toBe(
      'Access denied: Action resource_view_reorder requires an authenticated user',
    )
    for (const [caller, name] of [[member, 'mem'], [outsider, 'out']] as const) {
      expect(t.failure('resource_view_reorder', caller, { id: csv(open), order: ids }).message).toBe(
        `Access denied: User ${name} not authorized to edit resource ${csv(open)}`,
      )
    }
    t.close()
  })
})
