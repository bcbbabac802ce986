/**
 * CKAN's model tests for datasets, resources, tags and extras
 * (ckan/tests/model/test_package.py, test_resource.py, test_tags.py,
 * test_package_extra.py, test_resource_view.py), checked through what the
 * Action API shows.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

let t: TestEngine
beforeEach(() => {
  t = testEngine()
  t.call('organization_create', t.sysadmin, { name: 'org' })
})
afterEach(() => t.close())

describe('datasets (test_package.py)', () => {
  it('test_create: a license id gives its title from the register', () => {
    const pkg = t.call('package_create', t.sysadmin, { name: 'test-package', owner_org: 'org', notes: 'Some notes', author: 'bob', license_id: 'odc-by' })
    const shown = t.call('package_show', t.anonymous, { id: 'test-package' })
    expect([shown.notes, shown.author, shown.license_id]).toEqual(['Some notes', 'bob', 'odc-by'])
    expect(shown.license_title).toBe('Open Data Commons Attribution License')
    expect(shown.isopen).toBe(true)
    expect(pkg.license_title).toBe('Open Data Commons Attribution License')
  })

  it('test_update: a change is kept', () => {
    t.call('package_create', t.sysadmin, { name: 'updated', owner_org: 'org' })
    t.call('package_patch', t.sysadmin, { id: 'updated', author: 'bob' })
    expect(t.call('package_show', t.sysadmin, { id: 'updated' }).author).toBe('bob')
  })

  it('test_delete: a deleted dataset leaves its groups; its tags and extras stay', () => {
    t.call('group_create', t.sysadmin, { name: 'grp' })
    const pkg = t.call('package_create', t.sysadmin, {
      name: 'to-delete',
      owner_org: 'org',
      groups: [{ name: 'grp' }],
      tags: [{ name: 'science' }],
      extras: [{ key: 'subject', value: 'science' }],
    })
    t.call('package_delete', t.sysadmin, { id: pkg.id })
    const shown = t.call('package_show', t.sysadmin, { id: 'to-delete' })
    expect(shown.state).toBe('deleted')
    expect(shown.tags.map((tag: { name: string }) => tag.name)).toEqual(['science'])
    expect(shown.extras).toEqual([{ key: 'subject', value: 'science' }])
    expect(t.call('group_show', t.sysadmin, { id: 'grp' }).package_count).toBe(0)
    expect(t.call('member_list', t.sysadmin, { id: 'grp', object_type: 'package' })).toEqual([])
  })

  it('test_purge: the organization, group and tag remain, holding nothing', () => {
    t.call('group_create', t.sysadmin, { name: 'grp' })
    const pkg = t.call('package_create', t.sysadmin, {
      name: 'to-purge',
      owner_org: 'org',
      groups: [{ name: 'grp' }],
      tags: [{ name: 'science' }],
      extras: [{ key: 'subject', value: 'science' }],
      resources: [{ url: 'http://example.com/image.png', format: 'png', name: 'Image 1' }],
    })
    t.call('dataset_purge', t.sysadmin, { id: 'to-purge' })
    expect(t.failure('package_show', t.sysadmin, { id: 'to-purge' }).__type).toBe('Not Found Error')
    expect(t.failure('resource_show', t.sysadmin, { id: pkg.resources[0].id }).__type).toBe('Not Found Error')
    expect(t.call('organization_show', t.sysadmin, { id: 'org' }).package_count).toBe(0)
    expect(t.call('group_show', t.sysadmin, { id: 'grp' }).package_count).toBe(0)
    expect(t.call('member_list', t.sysadmin, { id: 'grp', object_type: 'package' })).toEqual([])
    expect(t.call('package_list', t.sysadmin)).toEqual([])
    expect(t.call('tag_show', t.sysadmin, { id: 'science' }).name).toBe('science')
  })
})

describe('tags (test_tags.py)', () => {
  it('test_delete_tag: tags taken off a dataset are gone from it', () => {
    t.call('package_create', t.sysadmin, { name: 'tagged', owner_org: 'org', tags: [{ name: 'science' }, { name: 'geology' }, { name: 'energy' }] })
    t.call('package_patch', t.sysadmin, { id: 'tagged', tags: [{ name: 'energy' }] })
    expect(t.call('package_show', t.sysadmin, { id: 'tagged' }).tags.map((tag: { name: string }) => tag.name)).toEqual(['energy'])
    expect(t.call('package_search', t.sysadmin, { fq: 'tags:geology' }).count).toBe(0)
    expect(t.call('package_search', t.sysadmin, { fq: 'tags:energy' }).count).toBe(1)
  })
})

describe('extras (test_package_extra.py)', () => {
  it('test_extras_list / test_delete_extras: an extra left out of package_patch is removed', () => {
    const pkg = t.call('package_create', t.sysadmin, {
      name: 'extras',
      owner_org: 'org',
      extras: [
        { key: 'subject', value: 'science' },
        { key: 'accuracy', value: 'metre' },
        { key: 'sample_years', value: '2012-2013' },
      ],
    })
    t.call('package_patch', t.sysadmin, { id: pkg.id, extras: [{ key: 'accuracy', value: 'metre' }, { key: 'sample_years', value: '2012-2013' }] })
    t.call('package_create', t.sysadmin, { name: 'unrelated', owner_org: 'org', extras: [{ key: 'foo', value: 'bar' }] })
    expect(t.call('package_show', t.sysadmin, { id: 'extras' }).extras).toEqual([
      { key: 'accuracy', value: 'metre' },
      { key: 'sample_years', value: '2012-2013' },
    ])
  })
})

describe('resources (test_resource.py, test_resource_view.py)', () => {
  it('test_edit_url / test_edit_extra: a resource url and an extra field change', () => {
    t.call('package_create', t.sysadmin, { name: 'with-res', owner_org: 'org' })
    const res = t.call('resource_create', t.sysadmin, { package_id: 'with-res', url: 'http://first', newfield: 'first' })
    t.call('resource_patch', t.sysadmin, { id: res.id, url: 'http://second', newfield: 'second' })
    const shown = t.call('resource_show', t.sysadmin, { id: res.id })
    expect([shown.url, shown.newfield]).toEqual(['http://second', 'second'])
  })

  it('test_purging_resource_removes_its_resource_views: a purged dataset takes its views', () => {
    t.call('package_create', t.sysadmin, { name: 'viewed', owner_org: 'org' })
    const res = t.call('resource_create', t.sysadmin, { package_id: 'viewed', url: 'http://example.com/a.png', format: 'png' })
    const view = t.call('resource_view_create', t.sysadmin, { resource_id: res.id, view_type: 'image_view', title: 'Image' })
    t.call('dataset_purge', t.sysadmin, { id: 'viewed' })
    expect(t.failure('resource_view_show', t.sysadmin, { id: view.id }).__type).toBe('Not Found Error')
  })
})
