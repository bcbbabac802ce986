import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, exchange, expectLikeCkan, hasExchanges, minimal, recordedResult, type Catalog } from '../package/catalog.ts'

describe.skipIf(!hasExchanges)('resource_update as CKAN 2.10 answers it', () => {
  it('replaces the resource: fields not sent are cleared, the mimetype guessed again (055)', () => {
    const t = catalog()
    const full = t.call('package_create', t.sysadmin, exchange('022').request.body)
    const added = t.call('resource_create', t.sysadmin, { ...exchange('051').request.body, package_id: full.id })
    const updated = t.call('resource_update', t.sysadmin, { ...exchange('055').request.body, id: added.id })
    expectLikeCkan(updated, recordedResult('055'))
    expect(updated.created).toBe(added.created)
    expect(updated.metadata_modified > added.metadata_modified).toBe(true)
    t.close()
  })
})

describe('resource_update', () => {
  let t: Catalog
  let resource: any
  beforeEach(() => {
    t = catalog()
    resource = minimal(t, 'updating', {
      resources: [{ url: 'http://example.org/a.csv', name: 'a', datastore_active: true, extra_key: 'gone later' }],
    }).resources[0]
  })
  afterEach(() => t.close())

  it('keeps datastore_active when not sent, drops other extras not sent', () => {
    const updated = t.call('resource_update', t.editor, { id: resource.id, url: 'http://example.org/b.csv' })
    expect(updated.datastore_active).toBe(true)
    expect(updated.extra_key).toBeUndefined()
  })

  it('keeps the core fields CKAN keeps when left out, and clears the ones it clears', () => {
    const full = t.call('resource_patch', t.editor, {
      id: resource.id, name: 'N', format: 'CSV', hash: 'abc', size: 10, cache_url: 'http://example.org/cache',
      last_modified: '2020-01-01T00:00:00', cache_last_updated: '2020-02-01T00:00:00', url_type: 'datastore',
      description: 'said once', resource_type: 'file', mimetype: 'text/csv', mimetype_inner: 'text/plain',
    })
    const updated = t.call('resource_update', t.editor, { id: resource.id, url: 'http://example.org/b.csv' })
    for (const key of ['name', 'format', 'hash', 'size', 'cache_url', 'last_modified', 'cache_last_updated', 'url_type', 'created']) {
      expect(updated[key], key).toEqual(full[key])
    }
    // DomainObject.from_dict clears the remove_if_not_provided columns the dict leaves out.
    expect(updated).toMatchObject({ url: 'http://example.org/b.csv', description: null, resource_type: null, mimetype_inner: null })
    // Sent as null, a kept field is cleared.
    expect(t.call('resource_update', t.editor, { id: resource.id, url: 'http://example.org/b.csv', name: null }).name).toBeNull()
  })

  it('keeps resource fields left out of a package_patch that names the resource by id', () => {
    t.call('resource_patch', t.editor, { id: resource.id, name: 'N', format: 'CSV', size: 10 })
    const patched = t.call('package_patch', t.editor, { id: 'updating', resources: [{ id: resource.id, url: 'http://example.org/c.csv' }] })
    expect(patched.resources[0]).toMatchObject({ id: resource.id, url: 'http://example.org/c.csv', name: 'N', format: 'CSV', size: 10 })
  })

  it('answers unknown and deleted resources with CKAN message', () => {
    expect(t.failure('resource_update', t.sysadmin, { id: 'nope' }).message).toBe('Not found: Resource was not found.')
    t.call('resource_delete', t.sysadmin, { id: resource.id })
    expect(t.failure('resource_update', t.sysadmin, { id: resource.id }).message).toBe('Not found: Resource was not found.')
  })

  it('needs update rights on the dataset', () => {
    expect(t.failure('resource_update', t.anonymous, { id: resource.id }).message).toBe(
      'Access denied: Action resource_update requires an authenticated user',
    )
    expect(t.failure('resource_update', t.member, { id: resource.id }).message).toBe(
      `Access denied: User member-user-ac8697 not authorized to edit resource ${resource.id}`,
    )
  })

  it("reports the resource's own errors", () => {
    expect(t.failure('resource_update', t.sysadmin, { id: resource.id, created: 'not a date' })).toEqual({
      __type: 'Validation Error',
      created: ['Date format incorrect'],
    })
  })

  it('stores an empty list or dict url as "", as CKAN blanks a url Python finds false', () => {
    expect(t.call('resource_update', t.sysadmin, { id: resource.id, url: {} }).url).toBe('')
    expect(t.call('resource_patch', t.sysadmin, { id: resource.id, url: [] }).url).toBe('')
  })
})
