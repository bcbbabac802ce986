import { describe, expect, it } from 'vitest'
import { catalogWithViews } from './view-fixtures.ts'

const types = (t: any, id: string) => t.call('resource_view_list', t.sysadmin, { id }).map((view: any) => view.view_type)

describe('default views made by the dataset and resource actions', () => {
  it('package_create gives image resources an image_view titled "Image", guessing the format from the url', () => {
    const { t, org } = catalogWithViews()
    const dataset = t.call('package_create', t.sysadmin, {
      name: 'pictures',
      owner_org: org.id,
      resources: [{ url: 'http://example.org/a.gif' }, { url: 'http://example.org/b', format: 'jpeg' }, { url: 'http://example.org/c.html' }],
    })
    const [gif, jpeg, page] = dataset.resources.map((resource: any) => resource.id)
    expect(t.call('resource_view_list', t.sysadmin, { id: gif })).toEqual([
      { id: expect.any(String), resource_id: gif, title: 'Image', description: '', view_type: 'image_view', package_id: dataset.id },
    ])
    expect(types(t, jpeg)).toEqual(['image_view'])
    expect(types(t, page)).toEqual([]) // webpage_view is not among CKAN's default views
    t.close()
  })

  it('resource_create gives a new image resource its view, made for an editor too', () => {
    const { t, editor, open } = catalogWithViews()
    const png = t.call('resource_create', editor, { package_id: open.id, url: 'http://example.org/x.png' })
    const csv = t.call('resource_create', editor, { package_id: open.id, url: 'http://example.org/x.csv' })
    expect(types(t, png.id)).toEqual(['image_view'])
    expect(types(t, csv.id)).toEqual([])
    t.close()
  })

  it('resource_update and resource_patch add it when the format changes, and only then', () => {
    const { t, open, csv, png } = catalogWithViews()
    t.call('resource_patch', t.sysadmin, { id: csv(open), format: 'PNG' })
    expect(types(t, csv(open))).toEqual(['image_view'])
    const [view] = t.call('resource_view_list', t.sysadmin, { id: png(open) })
    t.call('resource_view_delete', t.sysadmin, { id: view.id })
    t.call('resource_update', t.sysadmin, { id: png(open), url: 'http://example.org/map.png', format: 'PNG', name: 'renamed' })
    expect(types(t, png(open))).toEqual([])
    t.close()
  })

  it('package_update makes none, as in CKAN 2.10', () => {
    const { t, open } = catalogWithViews()
    const updated = t.call('package_patch', t.sysadmin, { id: open.id, resources: [...open.resources, { url: 'http://example.org/new.png' }] })
    expect(types(t, updated.resources[2].id)).toEqual([])
    t.close()
  })
})

describe('resource_create_default_resource_views', () => {
  it('makes the default views a resource lacks and returns them; none when it has them or cannot show them', () => {
    const { t, editor, open, csv, png } = catalogWithViews()
    const [view] = t.call('resource_view_list', t.sysadmin, { id: png(open) })
    t.call('resource_view_delete', t.sysadmin, { id: view.id })
    const resource = t.call('resource_show', t.sysadmin, { id: png(open) })
    const made = t.call('resource_create_default_resource_views', editor, { resource })
    expect(made).toEqual([expect.objectContaining({ resource_id: png(open), view_type: 'image_view', title: 'Image', description: '' })])
    expect(t.call('resource_create_default_resource_views', editor, { resource, package: open })).toEqual([])
    expect(t.call('resource_create_default_resource_views', editor, { resource: t.call('resource_show', t.sysadmin, { id: csv(open) }) })).toEqual([])
    t.close()
  })

  it('reads the format from the dict sent, and makes no DataStore views', () => {
    const { t, open, csv } = catalogWithViews()
    const resource = { ...t.call('resource_show', t.sysadmin, { id: csv(open) }), format: 'GIF' }
    expect(t.call('resource_create_default_resource_views', t.sysadmin, { resource, create_datastore_views: true })).toEqual([])
    expect(t.call('resource_create_default_resource_views', t.sysadmin, { resource })).toHaveLength(1)
    t.close()
  })

  it('checks the resource parameter, then the caller as resource_create does', () => {
    const { t, member, outsider, open, secret, png } = catalogWithViews()
    const resource = t.call('resource_show', t.sysadmin, { id: png(secret) })
    expect(t.failure('resource_create_default_resource_views', t.anonymous, {})).toEqual({ resource: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('resource_create_default_resource_views', t.anonymous, { resource }).message).toBe(
      'Access denied: Action resource_create_default_resource_views requires an authenticated user',
    )
    expect(t.failure('resource_create_default_resource_views', member, { resource: {} })).toEqual({
      message: 'Missing id, can not get Resource object',
      __type: 'Validation Error',
    })
    expect(t.failure('resource_create_default_resource_views', member, { resource: { id: 'nope' } })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    for (const [caller, name] of [[member, 'mem'], [outsider, 'out']] as const) {
      expect(t.failure('resource_create_default_resource_views', caller, { resource }).message).toBe(
        `Access denied: User ${name} not authorized to create resources on dataset ${secret.id}`,
      )
    }
    expect(t.failure('resource_create_default_resource_views', t.sysadmin, { resource: { id: 'nope', package_id: open.id } })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found',
    })
    t.close()
  })
})

describe('package_create_default_resource_views', () => {
  it('makes the default views each resource of the dict lacks', () => {
    const { t, editor, open, png } = catalogWithViews()
    t.call('resource_view_clear', t.sysadmin, {})
    const made = t.call('package_create_default_resource_views', editor, { package: t.call('package_show', t.sysadmin, { id: open.id }) })
    expect(made).toEqual([expect.objectContaining({ resource_id: png(open), view_type: 'image_view', package_id: open.id })])
    expect(t.call('package_create_default_resource_views', editor, { package: open })).toEqual([])
    t.close()
  })

  it('checks the package parameter, then the caller as package_update does', () => {
    const { t, member, outsider, secret } = catalogWithViews()
    expect(t.failure('package_create_default_resource_views', member, {})).toEqual({ package: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('package_create_default_resource_views', t.anonymous, { package: secret }).message).toBe(
      'Access denied: Action package_create_default_resource_views requires an authenticated user',
    )
    expect(t.failure('package_create_default_resource_views', member, { package: { name: 'x' } })).toEqual({
      message: 'Missing id, can not get Package object',
      __type: 'Validation Error',
    })
    expect(t.failure('package_create_default_resource_views', member, { package: { id: 'nope' } }).__type).toBe('Not Found Error')
    for (const [caller, name] of [[member, 'mem'], [outsider, 'out']] as const) {
      expect(t.failure('package_create_default_resource_views', caller, { package: secret }).message).toBe(
        `Access denied: User ${name} not authorized to edit package ${secret.id}`,
      )
    }
    t.close()
  })
})
