import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, exchange, expectLikeCkan, hasExchanges, minimal, recordedResult, type Catalog } from '../package/catalog.ts'

describe.skipIf(!hasExchanges)('resource_create as CKAN 2.10 answers it', () => {
  it('appends a link resource, guessing format and mimetype from the URL (051)', () => {
    const t = catalog()
    const full = t.call('package_create', t.sysadmin, exchange('022').request.body)
    const resource = t.call('resource_create', t.sysadmin, { ...exchange('051').request.body, package_id: full.id })
    expectLikeCkan(resource, recordedResult('051'))
    const shown = t.call('package_show', t.sysadmin, { id: full.id })
    expect(shown.num_resources).toBe(4)
    expect(shown.resources[3]).toEqual(resource)
    expect(shown.metadata_modified > full.metadata_modified).toBe(true)
    t.close()
  })
})

describe('resource_create', () => {
  let t: Catalog
  let created: any
  beforeEach(() => {
    t = catalog()
    created = minimal(t, 'with-resources', { resources: [{ url: 'http://example.org/first.csv' }] })
  })
  afterEach(() => t.close())

  it('needs a package_id of a dataset the caller can read', () => {
    expect(t.failure('resource_create', t.sysadmin, { url: 'x' })).toEqual({ __type: 'Validation Error', package_id: ['Missing value'] })
    expect(t.failure('resource_create', t.sysadmin, { package_id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    const secret = minimal(t, 'secret', { private: true })
    expect(t.failure('resource_create', t.outsider, { package_id: 'secret' }).message).toBe(
      `Access denied: User outsider-ac8697 not authorized to read package ${secret.id}`,
    )
  })

  it('refuses anonymous callers and members, lets editors add', () => {
    expect(t.failure('resource_create', t.anonymous, { package_id: created.id }).message).toBe(
      'Access denied: Action resource_create requires an authenticated user',
    )
    expect(t.failure('resource_create', t.member, { package_id: 'with-resources' }).message).toBe(
      'Access denied: User member-user-ac8697 not authorized to create resources on dataset with-resources',
    )
    const resource = t.call('resource_create', t.editor, { package_id: created.id, name: 'no url' })
    expect(resource).toMatchObject({ url: '', format: '', position: 1, package_id: created.id, name: 'no url' })
  })

  it("reports only the new resource's own errors", () => {
    expect(t.failure('resource_create', t.sysadmin, { package_id: created.id, url: 'x', size: 'big' })).toEqual({
      __type: 'Validation Error',
      size: ['Invalid integer'],
    })
  })

  it('answers a null or empty package_id as package_show answers an empty id', () => {
    for (const packageId of [null, '']) {
      expect(t.failure('resource_create', t.sysadmin, { package_id: packageId, url: 'x' })).toEqual({
        __type: 'Validation Error',
        name_or_id: ['Missing value'],
      })
    }
  })

  it('reads a boolean size as an integer, as int_validator does', () => {
    expect(t.call('resource_create', t.sysadmin, { package_id: created.id, url: 'http://x/a', size: true }).size).toBe(1)
    expect(t.call('resource_create', t.sysadmin, { package_id: created.id, url: 'http://x/b', size: false }).size).toBe(0)
  })

  it('keeps unknown keys as resource extras', () => {
    const resource = t.call('resource_create', t.sysadmin, { package_id: created.id, url: 'http://x/y', schema: { fields: [] } })
    expect(resource.schema).toEqual({ fields: [] })
  })

  it('reads a package_id or url as Python does: 0, false, [] and {} are empty', () => {
    expect(t.failure('resource_create', t.sysadmin, { package_id: 0 })).toEqual({ __type: 'Validation Error', name_or_id: ['Missing value'] })
    expect(t.failure('resource_create', t.sysadmin, { package_id: [] })).toEqual({ __type: 'Validation Error', name_or_id: ['Missing value'] })
    expect(t.call('resource_create', t.sysadmin, { package_id: created.id, url: [] }).url).toBe('')
  })

  // CKAN's test_create.py TestResourceCreate: test_invalid_characters_in_id, test_id_too_long,
  // test_id_already_exists, test_normal_user_can_provide_custom_id.
  it('checks a chosen id as CKAN 2.10.1+ does: safe characters, 7 to 100 long, not taken by another dataset', () => {
    const bad = (id: unknown) => t.failure('resource_create', t.sysadmin, { package_id: created.id, id, url: 'http://data' })
    expect(bad('../../nope.txt')).toEqual({ __type: 'Validation Error', id: ['Invalid characters in resource id'] })
    expect(bad('x'.repeat(101))).toEqual({ __type: 'Validation Error', id: ['Invalid length for resource id'] })
    expect(bad('abcdef')).toEqual({ __type: 'Validation Error', id: ['Invalid length for resource id'] })
    const id = '4a5d2c1e-7b3f-4e9a-8c6d-2f1e0b9a8c7d'
    expect(t.call('resource_create', t.editor, { package_id: created.id, id, url: 'http://data' }).id).toBe(id)
    const other = minimal(t, 'other-dataset')
    expect(t.failure('resource_create', t.sysadmin, { package_id: other.id, id })).toEqual({
      __type: 'Validation Error',
      id: ['Resource id already exists.'],
    })
    expect(t.call('resource_create', t.sysadmin, { package_id: created.id, id: 'x'.repeat(100) }).id).toBe('x'.repeat(100))
    expect(t.call('resource_create', t.sysadmin, { package_id: created.id, id: 'ab cd_e-' }).id).toBe('ab cd_e-')
  })
})

describe('a resource id CKAN 2.10.1+ would refuse, already held by the dataset', () => {
  it('stays editable: package_update and resource_update keep it; a new resource may not take such an id', () => {
    const t = catalog()
    const made = minimal(t, 'from-a-portal', { resources: [{ url: 'http://example.org/a.csv' }] })
    // As a pull from a portal stores it: a short id with a dot (an old or harvested portal's).
    const odd = 'r.1'
    t.engine.db.prepare('UPDATE resources SET id = ? WHERE package_id = ?').run(odd, made.id)
    t.engine.db.prepare('UPDATE packages SET data = pack_json(replace(unpack_json(data), ?, ?)) WHERE id = ?').run(made.resources[0].id, odd, made.id)
    const shown = t.call('package_show', t.sysadmin, { id: made.id })
    expect(shown.resources[0].id).toBe(odd)
    const updated = t.call('package_update', t.sysadmin, { ...shown, notes: 'edited offline' })
    expect(updated.resources.map((r: any) => r.id)).toEqual([odd])
    expect(t.call('resource_update', t.sysadmin, { id: odd, url: 'http://example.org/b.csv' }).url).toBe('http://example.org/b.csv')
    expect(t.failure('resource_create', t.sysadmin, { package_id: made.id, id: 'r.2', url: 'http://x' })).toEqual({
      __type: 'Validation Error',
      id: ['Invalid characters in resource id'],
    })
    t.close()
  })
})
