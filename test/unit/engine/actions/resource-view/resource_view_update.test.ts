import { describe, expect, it } from 'vitest'
import { catalogWithViews, imageView } from './view-fixtures.ts'

function withView() {
  const fixture = catalogWithViews()
  const { t, open, csv } = fixture
  const view = t.call('resource_view_create', t.sysadmin, imageView(csv(open), { description: 'first', image_url: 'http://example.org/a.png' }))
  return { ...fixture, view }
}

describe('resource_view_update', () => {
  it('keeps the title and description left out, replaces the plugin\'s fields whole, and ignores view_type and package_id', () => {
    const { t, open, view } = withView()
    const updated = t.call('resource_view_update', t.sysadmin, { id: view.id, view_type: 'text_view', package_id: 'other' })
    expect(updated).toEqual({ ...view, image_url: undefined, package_id: open.id })
    expect(Object.keys(updated)).not.toContain('image_url')
    const renamed = t.call('resource_view_update', t.sysadmin, { id: view.id, title: 'New', description: null, image_url: 'b.png' })
    expect(renamed).toMatchObject({ title: 'New', description: 'first', image_url: 'b.png', view_type: 'image_view' })
    expect(t.call('resource_view_show', t.sysadmin, { id: view.id })).toEqual(renamed)
    t.close()
  })

  it('takes back what resource_view_show gave', () => {
    const { t, view } = withView()
    const shown = t.call('resource_view_show', t.sysadmin, { id: view.id })
    expect(t.call('resource_view_update', t.sysadmin, { ...shown, title: 'Again' })).toEqual({ ...shown, title: 'Again' })
    t.close()
  })

  it('moves a view to another resource named by resource_id', () => {
    const { t, open, view, png } = withView()
    const moved = t.call('resource_view_update', t.sysadmin, { id: view.id, resource_id: png(open) })
    expect(moved.resource_id).toBe(png(open))
    expect(t.call('resource_view_list', t.sysadmin, { id: png(open) }).map((v: any) => v.id)).toContain(view.id)
    t.close()
  })

  it('answers a missing id with 409, an unknown view with a bare 404, then bad fields with 409', () => {
    const { t, view } = withView()
    expect(t.failure('resource_view_update', t.anonymous, {})).toEqual({ id: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('resource_view_update', t.anonymous, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    expect(t.failure('resource_view_update', t.anonymous, { id: view.id, resource_id: 'nope', page_url: 'x' })).toEqual({
      __extras: ['The input field __extras was not expected.'],
      resource_id: ['Not found: Resource'],
      __type: 'Validation Error',
    })
    t.close()
  })

  it('refuses anonymous callers, members and outsiders; lets the editor and sysadmins change it', () => {
    const { t, editor, member, outsider, view, open, csv } = withView()
    expect(t.failure('resource_view_update', t.anonymous, { id: view.id }).message).toBe(
      'Access denied: Action resource_view_update requires an authenticated user',
    )
    for (const [caller, name] of [[member, 'mem'], [outsider, 'out']] as const) {
      expect(t.failure('resource_view_update', caller, { id: view.id, title: 'x' }).message).toBe(
        `Access denied: User ${name} not authorized to edit resource ${csv(open)}`,
      )
    }
    expect(t.call('resource_view_update', editor, { id: view.id, title: 'By the editor' }).title).toBe('By the editor')
    t.close()
  })

  it('refuses to move a view onto a resource of a dataset the caller may not edit', () => {
    const { t, editor, view } = withView()
    t.call('organization_create', t.sysadmin, { name: 'other-org' })
    const foreign = t.call('package_create', t.sysadmin, { name: 'foreign', owner_org: 'other-org', resources: [{ url: 'http://x/a.csv' }] })
    expect(t.failure('resource_view_update', editor, { id: view.id, resource_id: foreign.resources[0].id }).message).toBe(
      `Access denied: User ed not authorized to edit resource ${foreign.resources[0].id}`,
    )
    t.close()
  })
})
