import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { catalog, exchange, expectLikeCkan, hasExchanges, minimal, recordedResult, type Catalog } from './catalog.ts'

describe.skipIf(!hasExchanges)('package_patch as CKAN 2.10 answers it', () => {
  it('changes only the fields sent (043), also from a form post (084)', () => {
    const t = catalog()
    const full = t.call('package_create', t.sysadmin, exchange('022').request.body)
    const patched = t.call('package_patch', t.sysadmin, { ...exchange('043').request.body, id: full.id })
    expectLikeCkan(patched, recordedResult('043'))
    expect(patched.resources).toEqual(full.resources)
    expect(patched.tags).toEqual(full.tags)
    t.call('package_create', t.sysadmin, exchange('036').request.body)
    expectLikeCkan(t.call('package_patch', t.sysadmin, exchange('084').request.body.fields), recordedResult('084'))
    t.close()
  })
})

describe('package_patch', () => {
  let t: Catalog
  let created: any
  beforeEach(() => {
    t = catalog()
    created = minimal(t, 'to-patch', { notes: 'kept', resources: [{ url: 'http://example.org/a.csv' }], custom: { a: 1 } })
  })
  afterEach(() => t.close())

  it('needs an id and a known dataset', () => {
    expect(t.failure('package_patch', t.sysadmin, { name: 'to-patch' })).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    // Sent but empty or null, the id reaches package_show, which then asks for name_or_id (CKAN 2.10's get_or_bust lets them through).
    for (const id of ['', null]) {
      expect(t.failure('package_patch', t.sysadmin, { id, name: 'to-patch' })).toEqual({ __type: 'Validation Error', name_or_id: ['Missing value'] })
      expect(t.failure('package_patch', t.editor, { id })).toEqual({ message: 'Missing id, can not get Package object', __type: 'Validation Error' })
    }
    // Others meet CKAN's auth first, which cannot load a dataset without an id;
    // an anonymous caller is turned away before that (package_patch's auth admits none).
    expect(t.failure('package_patch', t.editor, { name: 'to-patch' })).toEqual({ message: 'Missing id, can not get Package object', __type: 'Validation Error' })
    expect(t.failure('package_patch', t.anonymous, { name: 'to-patch' })).toEqual({
      __type: 'Authorization Error', message: 'Access denied: Action package_patch requires an authenticated user',
    })
    expect(t.failure('package_patch', t.sysadmin, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
  })

  it('refuses callers who may not update the dataset', () => {
    expect(t.failure('package_patch', t.anonymous, { id: created.id, notes: 'x' }).message).toBe(
      'Access denied: Action package_patch requires an authenticated user',
    )
    expect(t.failure('package_patch', t.member, { id: created.id, notes: 'x' }).message).toBe(
      `Access denied: User member-user-ac8697 not authorized to edit package ${created.id}`,
    )
  })

  it('keeps custom fields and resources not mentioned', () => {
    const patched = t.call('package_patch', t.editor, { id: 'to-patch', title: 'New title' })
    expect(patched).toMatchObject({ title: 'New title', notes: 'kept', custom: { a: 1 } })
    expect(patched.resources).toEqual(created.resources)
  })

  it('restores a deleted dataset with state active', () => {
    t.call('package_delete', t.sysadmin, { id: created.id })
    expect(t.call('package_patch', t.sysadmin, { id: created.id, state: 'active' }).state).toBe('active')
    expect(t.call('package_list', t.anonymous, {})).toEqual(['to-patch'])
  })

  it('echoes the request as sent, not the patched dataset, in an Integrity Error (CKAN patches a copy)', () => {
    const request = { id: 'to-patch', resources: [{ url: 'http://example.org/a.csv' }, 'not a dict'] }
    expect(t.failure('package_patch', t.sysadmin, request)).toEqual({
      __type: 'Integrity Error',
      message: "Only lists of dicts can be placed against subschema ('resources', 1), not <class 'str'>",
      data: request,
    })
  })
})
