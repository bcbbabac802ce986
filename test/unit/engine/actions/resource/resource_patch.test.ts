import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, minimal, type Catalog } from '../package/catalog.ts'

describe('resource_patch', () => {
  let t: Catalog
  let resource: any
  beforeEach(() => {
    t = catalog()
    resource = minimal(t, 'patching', {
      resources: [{ url: 'http://example.org/a.geojson', name: 'a', description: 'old', language: ['en'] }],
    }).resources[0]
  })
  afterEach(() => t.close())

  it('changes only the fields sent (056)', () => {
    const patched = t.call('resource_patch', t.editor, { id: resource.id, description: 'Description set by resource_patch' })
    expect(patched).toEqual({
      ...resource,
      description: 'Description set by resource_patch',
      metadata_modified: patched.metadata_modified,
    })
    expect(patched.metadata_modified > resource.metadata_modified).toBe(true)
  })

  it('needs an id, a known resource and update rights', () => {
    expect(t.failure('resource_patch', t.anonymous, { id: 'nope' }).message).toBe(
      'Access denied: Action resource_patch requires an authenticated user',
    )
    expect(t.failure('resource_patch', t.sysadmin, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    expect(t.failure('resource_patch', t.editor, {})).toEqual({ message: 'Missing id, can not get Resource object', __type: 'Validation Error' })
    expect(t.failure('resource_patch', t.sysadmin, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    expect(t.failure('resource_patch', t.member, { id: resource.id }).message).toBe(
      `Access denied: User member-user-ac8697 not authorized to edit resource ${resource.id}`,
    )
  })

  it('answers an empty or null id as CKAN does: the auth check wants one, sysadmins skip it', () => {
    const missing = { message: 'Missing id, can not get Resource object', __type: 'Validation Error' }
    expect(t.failure('resource_patch', t.editor, { id: '' })).toEqual(missing)
    expect(t.failure('resource_patch', t.member, { id: null })).toEqual(missing)
    expect(t.failure('resource_patch', t.sysadmin, { id: '' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
  })
})
