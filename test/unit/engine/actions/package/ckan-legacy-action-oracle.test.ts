/**
 * CKAN's ckan/tests/legacy/logic/test_action.py restated through the actions
 * a client calls, on a catalog shaped like CreateTestData's. Only the checks
 * no other Shelfmark test made are kept here; the file's package_list,
 * package_autocomplete, private default, user_create/update/delete,
 * task_status, resource_show, get_site_user, status_show, term_translation,
 * bulk_update, resource_delete and group_member_create tests were replayed
 * and agree with tests elsewhere (the HTTP half is
 * test/http/ckan-legacy-action-oracle.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

let t: TestEngine
let org: any

beforeAll(() => {
  t = testEngine({ config: { createUnownedDataset: true } })
  t.user('joeadmin')
  org = t.call('organization_create', t.sysadmin, { name: 'home' })
  t.call('group_create', t.sysadmin, { name: 'david' })
  t.call('package_create', t.sysadmin, {
    name: 'annakarenina', title: 'A Novel By Tolstoy', owner_org: org.id, groups: [{ name: 'david' }],
    resources: [
      { url: 'http://datahub.io/download/x', format: 'plain text', description: 'Full text. Needs escaping: " Umlaut: \u00fc' },
      { url: 'http://datahub.io/index.json', format: 'JSON', description: 'Index of the novel' },
    ],
  })
  t.call('package_create', t.sysadmin, { name: 'warandpeace', title: 'A Wonderful Story', owner_org: org.id, groups: [{ name: 'david' }] })
})
afterAll(() => t.close())

describe('TestAction', () => {
  // From the file's older version (before 2.9 dropped it). 2.10 has no
  // revision_id; resource_update also moves the resource's metadata_modified.
  it('test_03_create_update_package / test_19_update_resource: what create returns, updated, comes back the same', () => {
    const created = t.call('package_create', t.sysadmin, {
      author: null, author_email: null, extras: [{ key: 'original media', value: '"book"' }], license_id: 'other-open',
      maintainer: null, maintainer_email: null, name: 'annakareninanew', notes: 'Some test now',
      resources: [
        { alt_url: 'alt123', description: 'Full text.', extras: { alt_url: 'alt123', size: '123' }, format: 'plain text', hash: 'abc123', position: 0, url: 'http://datahub.io/download/' },
        { alt_url: 'alt345', description: 'Index of the novel', extras: { alt_url: 'alt345', size: '345' }, format: 'JSON', hash: 'def456', position: 1, url: 'http://datahub.io/index.json' },
      ],
      tags: [{ name: 'russian' }, { name: 'tolstoy' }], title: 'A Novel By Tolstoy', url: 'http://datahub.io', version: '0.7a',
    })
    const updated = t.call('package_update', t.sysadmin, { ...structuredClone(created), name: 'moo' })
    expect({ ...updated, metadata_modified: 0 }).toEqual({ ...created, name: 'moo', metadata_modified: 0 })

    const resource = updated.resources[0]
    const url = 'http://www.annakareinanew.com/download/'
    const after = t.call('resource_update', t.sysadmin, { ...resource, url })
    expect({ ...after, metadata_modified: 0 }).toEqual({ ...resource, url, metadata_modified: 0 })
  })

  it('test_42_create_resource_with_error: the resource error comes unwrapped', () => {
    const err = t.failure('resource_create', t.sysadmin, { package_id: 'annakarenina', url: 'new_url', created: 'bad_date' })
    expect(err).toEqual({ __type: 'Validation Error', created: ['Date format incorrect'] })
  })

  it('test_16_user_autocomplete: q required; a deleted user is not offered', () => {
    t.user('joe')
    t.call('user_delete', t.sysadmin, { id: 'joe' })
    expect(t.failure('user_autocomplete', t.anonymous, {}).__type).toBe('Validation Error')
    const result = t.call('user_autocomplete', t.anonymous, { q: 'joe' })
    expect(result[0].name).toBe('joeadmin')
    expect(result.map((u: any) => u.name)).not.toContain('joe')
    expect(result[0]).toHaveProperty('id')
    expect(result[0]).toHaveProperty('fullname')
  })

  it('test_42_resource_search: single field, several fields, % escaped, fields param', () => {
    const one = t.call('resource_search', t.anonymous, { query: ['description:index'] })
    expect(one.count).toBeGreaterThan(0)
    for (const r of one.results) expect(r.description.toLowerCase()).toContain('index')
    const two = t.call('resource_search', t.anonymous, { query: ['description:index', 'format:json'] })
    expect(two.count).toBeGreaterThan(0)
    for (const r of two.results) expect(r.format.toLowerCase()).toContain('json')
    expect(t.call('resource_search', t.anonymous, { query: ['description:index%'] }).count).toBe(0)
    const old = t.call('resource_search', t.anonymous, { fields: { description: 'index' } })
    expect(old.count).toBeGreaterThan(0)
  })

  it('test_package_create_duplicate_extras_error / update', () => {
    const extras = [{ key: 'foo', value: 'bar' }, { key: 'foo', value: 'gar' }]
    const err = t.failure('package_create', t.sysadmin, { name: 'foobar', extras })
    expect(err.__type).toBe('Validation Error')
    expect(err.extras_validation).toEqual(['Duplicate key "foo"'])
    const pkg = t.call('package_create', t.sysadmin, { name: 'foobar' })
    const err2 = t.failure('package_update', t.sysadmin, { ...pkg, extras })
    expect(err2.extras_validation).toEqual(['Duplicate key "foo"'])
  })

  it('test_package_update_remove_org_error: owner_org "" leaves the dataset unowned (unowned datasets allowed)', () => {
    const o = t.call('organization_create', t.sysadmin, { name: 'myorganization' })
    const pkg = t.call('package_create', t.sysadmin, { name: 'foobarbaz', owner_org: o.id })
    expect(pkg.owner_org).toBeTruthy()
    const res = t.call('package_update', t.sysadmin, { ...pkg, owner_org: '' })
    expect(res.owner_org).toBeFalsy()
  })
})

