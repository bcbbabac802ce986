import { describe, expect, it } from 'vitest'
import { catalogWithViews, imageView } from './view-fixtures.ts'

describe('resource_view_create', () => {
  it('adds a view after the others and returns it as CKAN dictizes it', () => {
    const { t, open, csv } = catalogWithViews()
    const view = t.call('resource_view_create', t.sysadmin, imageView(csv(open), { description: 'A look', image_url: 'http://example.org/a.png' }))
    expect(Object.keys(view)).toEqual(['id', 'resource_id', 'title', 'description', 'view_type', 'image_url', 'package_id'])
    expect(view).toMatchObject({
      resource_id: csv(open),
      title: 'Picture',
      description: 'A look',
      view_type: 'image_view',
      image_url: 'http://example.org/a.png',
      package_id: open.id,
    })
    const second = t.call('resource_view_create', t.sysadmin, { resource_id: csv(open), view_type: 'text_view', title: 'Text' })
    expect(t.call('resource_view_list', t.sysadmin, { id: csv(open) }).map((v: any) => v.id)).toEqual([view.id, second.id])
    t.close()
  })

  it('leaves out an empty own field, keeps a missing description as null, and writes non-text values as Python does', () => {
    const { t, open, csv } = catalogWithViews()
    const view = t.call('resource_view_create', t.sysadmin, imageView(csv(open), { image_url: '', title: 5 }))
    expect(view).toEqual({ id: view.id, resource_id: csv(open), title: '5', description: null, view_type: 'image_view', package_id: open.id })
    const video = t.call('resource_view_create', t.sysadmin, {
      resource_id: csv(open), view_type: 'video_view', title: 'Clip', video_url: 'v.mp4', poster_url: 'p.png',
    })
    expect(Object.keys(video)).toEqual(['id', 'resource_id', 'title', 'description', 'view_type', 'poster_url', 'video_url', 'package_id'])
    t.close()
  })

  it('asks for resource_id, then view_type, before anything else', () => {
    const { t } = catalogWithViews()
    expect(t.failure('resource_view_create', t.anonymous, {})).toEqual({ resource_id: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('resource_view_create', t.anonymous, { resource_id: 'x' })).toEqual({ view_type: ['Missing value'], __type: 'Validation Error' })
    t.close()
  })

  it('refuses a view type no plugin shows, with CKAN\'s bare message', () => {
    const { t, open, csv } = catalogWithViews()
    expect(t.failure('resource_view_create', t.sysadmin, imageView(csv(open), { view_type: 'recline_view' }))).toEqual({
      view_type: 'No plugin found for view_type recline_view',
      __type: 'Validation Error',
    })
    expect(t.failure('resource_view_create', t.sysadmin, imageView(csv(open), { view_type: null })).view_type).toBe(
      'No plugin found for view_type None',
    )
    expect(t.failure('resource_view_create', t.sysadmin, imageView(csv(open), { view_type: ['a'] })).view_type).toBe(
      "No plugin found for view_type ['a']",
    )
    t.close()
  })

  it('reports an unknown resource, a missing title and unknown keys in navl\'s sorted order', () => {
    const { t } = catalogWithViews()
    expect(t.failure('resource_view_create', t.sysadmin, { resource_id: 'nope', view_type: 'image_view', title: '', order: 3 })).toEqual({
      __extras: ['The input field __extras was not expected.'],
      resource_id: ['Not found: Resource'],
      title: ['Missing value'],
      __type: 'Validation Error',
    })
    t.close()
  })

  it('refuses another plugin\'s field and the package_id a shown view carries', () => {
    const { t, open, csv } = catalogWithViews()
    for (const extra of [{ page_url: 'http://example.org' }, { package_id: open.id }, { filter_fields: ['a'], filter_values: ['b'] }]) {
      expect(t.failure('resource_view_create', t.sysadmin, imageView(csv(open), extra))).toEqual({
        __extras: ['The input field __extras was not expected.'],
        __type: 'Validation Error',
      })
    }
    t.close()
  })

  it('checks the fields before the caller, then refuses an anonymous caller', () => {
    const { t, open, csv } = catalogWithViews()
    expect(t.failure('resource_view_create', t.anonymous, imageView('nope')).resource_id).toEqual(['Not found: Resource'])
    expect(t.failure('resource_view_create', t.anonymous, imageView(csv(open)))).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action resource_view_create requires an authenticated user',
    })
    t.close()
  })

  it('lets the organization\'s editor add a view and refuses a member or an outsider, as resource_create does', () => {
    const { t, editor, member, outsider, open, secret, csv } = catalogWithViews()
    expect(t.call('resource_view_create', editor, imageView(csv(secret))).package_id).toBe(secret.id)
    for (const [caller, name] of [[member, 'mem'], [outsider, 'out']] as const) {
      expect(t.failure('resource_view_create', caller, imageView(csv(open)))).toEqual({
        __type: 'Authorization Error',
        message: `Access denied: User ${name} not authorized to create resources on dataset ${open.id}`,
      })
    }
    t.close()
  })

  it('records no activity and leaves the dataset unchanged', () => {
    const { t, open, csv } = catalogWithViews()
    const activities = t.call('package_activity_list', t.sysadmin, { id: open.id }).length
    t.call('resource_view_create', t.sysadmin, imageView(csv(open)))
    expect(t.call('package_activity_list', t.sysadmin, { id: open.id })).toHaveLength(activities)
    expect(t.call('package_show', t.sysadmin, { id: open.id }).metadata_modified).toBe(open.metadata_modified)
    t.close()
  })
})
