import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, minimal, type Catalog } from '../package/catalog.ts'

describe('resource_show', () => {
  let t: Catalog
  let created: any
  beforeEach(() => {
    t = catalog()
    created = minimal(t, 'shown', { resources: [{ url: 'http://example.org/a.csv', name: 'a' }] })
  })
  afterEach(() => t.close())

  it('shows a resource of a public dataset to anyone (054)', () => {
    expect(t.call('resource_show', t.anonymous, { id: created.resources[0].id })).toEqual(created.resources[0])
  })

  // CKAN's controllers/test_resource.py test_resource_with_0_views: resource_show passes include_tracking on to package_show.
  it('adds a zero tracking_summary with include_tracking, as package_show does', () => {
    const id = created.resources[0].id
    expect(t.call('resource_show', t.anonymous, { id, include_tracking: true }).tracking_summary).toEqual({ total: 0, recent: 0 })
    expect(t.call('resource_show', t.anonymous, { id, include_tracking: 'false' })).toEqual(created.resources[0])
  })

  it('answers an unknown id with a bare 404 and a deleted resource with CKAN message (058)', () => {
    expect(t.failure('resource_show', t.anonymous, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    t.call('resource_delete', t.sysadmin, { id: created.resources[0].id })
    expect(t.failure('resource_show', t.anonymous, { id: created.resources[0].id })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Resource was not found.',
    })
    expect(t.failure('resource_show', t.anonymous, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
  })

  it("refuses a private dataset's resource to outsiders, shows it to members", () => {
    const secret = minimal(t, 'secret', { private: true, resources: [{ url: 'http://example.org/s.csv' }] })
    const id = secret.resources[0].id
    expect(t.failure('resource_show', t.anonymous, { id })).toEqual({
      __type: 'Authorization Error',
      message: `Access denied: User  not authorized to read resource ${id}`,
    })
    expect(t.call('resource_show', t.member, { id }).id).toBe(id)
  })
})
