/**
 * CKAN 2.10's ckan/tests/lib/dictization/test_model_dictize.py and
 * test_dictization.py restated through the actions that call those
 * dictize and save functions (group_list, group_show, package_show,
 * tag_show, vocabulary_show, user_show, package_update).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

let t: TestEngine
beforeEach(() => {
  t = testEngine()
  t.call('organization_create', t.sysadmin, { name: 'home' })
})
afterEach(() => t.close())

const dataset = (params: Record<string, unknown>) => t.call('package_create', t.sysadmin, { owner_org: 'home', ...params })
const group = (params: Record<string, unknown>) => t.call('group_create', t.sysadmin, params)

describe('TestGroupListDictize', () => {
  it('test_group_list_dictize: a group with a package count and no extras, tags or groups', () => {
    group({ name: 'g1' })
    const [g] = t.call('group_list', t.anonymous, { all_fields: true })
    expect(g.name).toBe('g1')
    expect(g.package_count).toBe(0)
    expect(g).not.toHaveProperty('extras')
    expect(g).not.toHaveProperty('tags')
    expect(g).not.toHaveProperty('groups')
  })

  it('test_group_list_dictize_sorted / _reverse_sorted: by title', () => {
    group({ name: 'g2', title: 'bb' })
    group({ name: 'g1', title: 'aa' })
    expect(t.call('group_list', t.anonymous, { sort: 'title asc' })).toEqual(['g1', 'g2'])
    expect(t.call('group_list', t.anonymous, { sort: 'title desc' })).toEqual(['g2', 'g1'])
    expect(t.call('group_list', t.anonymous, {})).toEqual(['g1', 'g2'])
  })

  it('test_group_list_dictize_sort_by_package_count', () => {
    group({ name: 'g1' })
    group({ name: 'g2' })
    dataset({ name: 'd1', groups: [{ name: 'g1' }, { name: 'g2' }] })
    dataset({ name: 'd2', groups: [{ name: 'g2' }] })
    const counted = t.call('group_list', t.anonymous, { sort: 'package_count asc', all_fields: true })
    expect(counted.map((g: any) => [g.name, g.package_count])).toEqual([['g1', 1], ['g2', 2]])
    expect(t.call('group_list', t.anonymous, { sort: 'package_count' })).toEqual(['g2', 'g1'])
  })

  it('test_group_list_dictize_including_extras', () => {
    group({ name: 'g1', extras: [{ key: 'k1', value: 'v1' }] })
    const [g] = t.call('group_list', t.anonymous, { all_fields: true, include_extras: true })
    expect(g.extras[0].key).toBe('k1')
  })

  it('test_group_list_dictize_including_groups', () => {
    group({ name: 'parent', title: 'Parent' })
    group({ name: 'child', title: 'Child', groups: [{ name: 'parent' }] })
    const [child, parent] = t.call('group_list', t.anonymous, { all_fields: true, include_groups: true })
    expect(parent.name).toBe('parent')
    expect(child.name).toBe('child')
    expect(parent.groups).toEqual([])
    expect(child.groups[0].name).toBe('parent')
  })
})

describe('TestGroupDictize', () => {
  it('test_group_dictize: empty packages, extras and groups', () => {
    group({ name: 'g1' })
    const g = t.call('group_show', t.anonymous, { id: 'g1', include_datasets: true })
    expect(g.name).toBe('g1')
    expect(g.packages).toEqual([])
    expect(g.extras).toEqual([])
    expect(g.groups).toEqual([])
  })

  it('test_group_dictize_group_with_dataset / _with_package_list', () => {
    group({ name: 'g1' })
    dataset({ name: 'd1', groups: [{ name: 'g1' }] })
    const g = t.call('group_show', t.anonymous, { id: 'g1', include_datasets: true })
    expect(g.packages).toHaveLength(1)
    expect(g.packages[0].name).toBe('d1')
    expect(g.packages[0].groups[0].name).toBe('g1')
  })

  it('test_group_dictize_group_with_extra', () => {
    group({ name: 'g1', extras: [{ key: 'k1', value: 'v1' }] })
    expect(t.call('group_show', t.anonymous, { id: 'g1' }).extras[0].key).toBe('k1')
  })

  it('test_group_dictize_group_with_parent_group', () => {
    group({ name: 'parent', title: 'Parent' })
    group({ name: 'child', title: 'Child', groups: [{ name: 'parent' }] })
    const g = t.call('group_show', t.anonymous, { id: 'child' })
    expect(g.groups).toHaveLength(1)
    expect(g.groups[0].name).toBe('parent')
    expect(g.groups[0].package_count).toBe(0)
  })

  it('test_group_dictize_with_no_packages_field_but_still_package_count', () => {
    group({ name: 'g1' })
    group({ name: 'g2' })
    dataset({ name: 'd1', groups: [{ name: 'g1' }] })
    dataset({ name: 'd2', groups: [{ name: 'g2' }] })
    const g = t.call('group_show', t.anonymous, { id: 'g1' })
    expect(g).not.toHaveProperty('packages')
    expect(g.package_count).toBe(1)
  })

  it('test_group_dictize_for_org_with_package_list / _count', () => {
    const org = t.call('organization_create', t.sysadmin, { name: 'o1' })
    t.call('organization_create', t.sysadmin, { name: 'o2' })
    dataset({ name: 'd1', owner_org: org.id })
    dataset({ name: 'd2', owner_org: 'o2' })
    const o = t.call('organization_show', t.anonymous, { id: 'o1', include_datasets: true })
    expect(o.packages.map((p: any) => p.name)).toEqual(['d1'])
    expect(o.package_count).toBe(1)
  })
})

describe('TestPackageDictize', () => {
  it('test_package_dictize_basic: the keys of a dataset', () => {
    const d = dataset({ name: 'd1', notes: 'Some *description*', url: 'http://example.com' })
    const shown = t.call('package_show', t.anonymous, { id: 'd1' })
    expect(shown.isopen).toBe(false)
    expect(shown.type).toBe('dataset')
    const today = new Date().toISOString().slice(0, 10)
    expect(shown.metadata_modified.startsWith(today)).toBe(true)
    expect(shown.metadata_created.startsWith(today)).toBe(true)
    expect(shown.creator_user_id).toBe(t.sysadmin.user!.id)
    expect(Object.keys(shown).sort()).toEqual(Object.keys(d).sort())
    expect(Object.keys(shown).sort()).toEqual(
      [
        'author', 'author_email', 'creator_user_id', 'extras', 'groups', 'id', 'isopen', 'license_id',
        'license_title', 'maintainer', 'maintainer_email', 'metadata_created', 'metadata_modified', 'name',
        'notes', 'num_resources', 'num_tags', 'organization', 'owner_org', 'private', 'relationships_as_object',
        'relationships_as_subject', 'resources', 'state', 'tags', 'title', 'type', 'url', 'version',
      ].sort(),
    )
  })

  it('test_package_dictize_license', () => {
    dataset({ name: 'd1', license_id: 'cc-by' })
    const shown = t.call('package_show', t.anonymous, { id: 'd1' })
    expect(shown.isopen).toBe(true)
    expect(shown.license_id).toBe('cc-by')
    expect(shown.license_url).toBe('http://www.opendefinition.org/licenses/cc-by')
    expect(shown.license_title).toBe('Creative Commons Attribution')
  })

  it('test_package_dictize_title_stripped_of_whitespace', () => {
    const created = dataset({ name: 'd1', title: ' has whitespace \t' })
    expect(created.title).toBe('has whitespace')
    expect(t.call('package_show', t.anonymous, { id: 'd1' }).title).toBe('has whitespace')
    expect(t.call('package_search', t.anonymous, { q: 'name:d1' }).results[0].title).toBe('has whitespace')
    // Python's str.strip(): U+001C and U+0085 are spaces, U+FEFF is not.
    const updated = t.call('package_update', t.sysadmin, { name: 'd1', owner_org: 'home', title: '\x1c\u0085\u3000A\ufeff \n' })
    expect(updated.title).toBe('A\ufeff')
    expect(t.call('package_create', t.sysadmin, { name: 'd2', owner_org: 'home', title: ' \t' }).title).toBe('')
  })

  it('test_package_dictize_resource: the keys of a resource', () => {
    const d = dataset({ name: 'd1' })
    const res = t.call('resource_create', t.sysadmin, { package_id: d.id, name: 'test_pkg_dictize', url: 'http://link.to.some.data' })
    const shown = t.call('package_show', t.anonymous, { id: 'd1' }).resources[0]
    expect(shown.name).toBe(res.name)
    expect(shown.url).toBe(res.url)
    expect(Object.keys(shown).sort()).toEqual(
      [
        'cache_last_updated', 'cache_url', 'created', 'description', 'format', 'hash', 'id',
        'last_modified', 'metadata_modified', 'mimetype', 'mimetype_inner', 'name', 'package_id', 'position',
        'resource_type', 'size', 'state', 'url', 'url_type',
      ].sort(),
    )
  })

  it('test_package_dictize_resource_upload_and_striped / _with_url_and_striped', () => {
    const d = dataset({ name: 'd1' })
    const a = t.call('resource_create', t.sysadmin, { package_id: d.id, url_type: 'upload', url: 'some_filename.csv' })
    const b = t.call('resource_create', t.sysadmin, { package_id: d.id, url_type: 'upload', url: 'http://some_filename.csv' })
    const stored = t.engine.db.prepare('SELECT data FROM packages WHERE id = ?').get(d.id) as any
    expect(stored).toBeTruthy()
    const ra = t.call('resource_show', t.anonymous, { id: a.id })
    const rb = t.call('resource_show', t.anonymous, { id: b.id })
    expect(ra.url.endsWith('/download/some_filename.csv')).toBe(true)
    expect(rb.url.endsWith('/download/some_filename.csv')).toBe(true)
  })

  it('test_package_dictize_tags', () => {
    dataset({ name: 'd1', tags: [{ name: 'tag1' }] })
    const tag = t.call('package_show', t.anonymous, { id: 'd1' }).tags[0]
    expect(tag.name).toBe('tag1')
    expect(Object.keys(tag).sort()).toEqual(['display_name', 'id', 'name', 'state', 'vocabulary_id'])
    expect(tag).toMatchObject({ display_name: 'tag1', state: 'active', vocabulary_id: null })
  })

  it('test_package_dictize_extras', () => {
    dataset({ name: 'd1', extras: [{ key: 'latitude', value: '54.6' }] })
    expect(t.call('package_show', t.anonymous, { id: 'd1' }).extras).toEqual([{ key: 'latitude', value: '54.6' }])
  })

  it('test_package_dictize_group', () => {
    const g = group({ name: 'g1', title: 'Test Group Dictize' })
    dataset({ name: 'd1', groups: [{ name: 'g1' }] })
    const shown = t.call('package_show', t.anonymous, { id: 'd1' }).groups[0]
    expect(Object.keys(shown).sort()).toEqual(['description', 'display_name', 'id', 'image_display_url', 'name', 'title'])
    expect(shown).toMatchObject({ name: 'g1', title: 'Test Group Dictize', display_name: 'Test Group Dictize', id: g.id })
  })

  it('test_package_dictize_owner_org', () => {
    const org = t.call('organization_create', t.sysadmin, { name: 'o1' })
    dataset({ name: 'd1', owner_org: org.id })
    const shown = t.call('package_show', t.anonymous, { id: 'd1' })
    expect(shown.owner_org).toBe(org.id)
    expect(Object.keys(shown.organization).sort()).toEqual(
      ['approval_status', 'created', 'description', 'id', 'image_url', 'is_organization', 'name', 'state', 'title', 'type'],
    )
    expect(shown.organization).toMatchObject({
      approval_status: 'approved', description: '', image_url: '', is_organization: true, name: 'o1', state: 'active',
      title: '', type: 'organization',
    })
  })
})

describe('TestTagDictize and TestVocabularyDictize', () => {
  it('test_tag_dictize_including_datasets / _not_including_datasets', () => {
    dataset({ name: 'd1', tags: [{ name: 'tag1' }] })
    expect(t.call('tag_show', t.anonymous, { id: 'tag1', include_datasets: true }).packages).toHaveLength(1)
    expect(t.call('tag_show', t.anonymous, { id: 'tag1' }).packages ?? []).toEqual([])
  })

  it('test_vocabulary_dictize_not_including_datasets', () => {
    const vocab = t.call('vocabulary_create', t.sysadmin, { name: 'v1', tags: [{ name: 't1' }, { name: 't2' }] })
    dataset({ name: 'd1', tags: vocab.tags })
    const shown = t.call('vocabulary_show', t.anonymous, { id: 'v1' })
    expect(shown.tags).toHaveLength(2)
    for (const tag of shown.tags) expect(tag.packages ?? []).toEqual([])
  })
})

describe('TestPackageSchema', () => {
  it('test_package_schema: a shown dataset sent back as a new one saves the same; errors on name', () => {
    group({ name: 'g1', title: "Dave's books" })
    group({ name: 'g2', title: "Roger's books" })
    const sent = {
      extras: [{ key: 'genre', value: 'romantic novel' }, { key: 'original media', value: 'book' }],
      groups: [{ name: 'g1' }, { name: 'g2' }],
      license_id: 'other-open',
      name: 'first',
      notes: 'Some test notes',
      resources: [
        { alt_url: 'alt123', description: 'Full text. Needs escaping: " Umlaut: \u00fc', format: 'plain text', hash: 'abc123', size_extra: '123', url: 'http://datahub.io/download/x=1&y=2' },
        { alt_url: 'alt345', description: 'Index of the novel', format: 'JSON', hash: 'def456', size_extra: '345', url: 'http://datahub.io/index.json' },
      ],
      tags: [{ name: 'aa' }, { name: 'bb' }, { name: 'cc' }],
      title: 'A Novel By Tolstoy',
      url: 'http://datahub.io',
      version: '0.7a',
    }
    const first = dataset(sent)
    const copy = JSON.parse(JSON.stringify(first))
    delete copy.id
    copy.name = 'second'
    for (const r of copy.resources) delete r.id
    for (const r of copy.resources) delete r.package_id
    const second = dataset(copy)
    expect(second.resources.map((r: any) => [r.alt_url, r.size_extra, r.format, r.hash])).toEqual([
      ['alt123', '123', 'plain text', 'abc123'],
      ['alt345', '345', 'JSON', 'def456'],
    ])
    expect(second.groups.map((g: any) => g.name)).toEqual(['g1', 'g2'])
    expect(second.extras).toEqual(sent.extras)
    expect(second.tags.map((tag: any) => tag.name)).toEqual(['aa', 'bb', 'cc'])

    const again = { ...copy, name: 'first' }
    delete again.title
    expect(t.failure('package_create', t.sysadmin, again)).toMatchObject({ name: ['That URL is already in use.'] })
    expect(t.failure('package_update', t.sysadmin, { ...again, id: first.id, name: '????jfaiofjioafjij' })).toMatchObject({
      name: ['Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_'],
    })
  })

  it('test_group_schema: packages that do not exist', () => {
    group({ name: 'g1' })
    dataset({ name: 'd1', groups: [{ name: 'g1' }] })
    dataset({ name: 'd2', groups: [{ name: 'g1' }] })
    const error = t.failure('group_update', t.sysadmin, { id: 'g1', packages: [{ id: 'no-such-dataset' }, { title: 'x' }] })
    expect(error).toMatchObject({ packages: [{ id: ['Not found: Dataset'] }, { id: ['Missing value'] }] })
  })
})

describe('TestTagSchema', () => {
  it('allows spaces, limited punctuation and capitals', () => {
    dataset({ name: 'd1', tags: [{ name: 'with space' }, { name: '.-_' }, { name: 'CAPITALS' }] })
  })

  it('disallows most punctuation and whitespace other than spaces, naming the tag', () => {
    for (const ch of [...'!?"\'+=:;@#~[]{}()*&^%$,', '\t', '\n', '\r', '\f', '\v']) {
      const name = `Character ${ch}`
      const error = t.failure('package_create', t.sysadmin, { name: 'd1', owner_org: 'home', tags: [{ name }] })
      const message = (error.tags as string[])[0]
      expect(message, JSON.stringify(ch)).toContain(name)
      expect(message).toContain('can only contain alphanumeric characters')
    }
  })
})

describe('test_dictization.py', () => {
  it('test_package_tag_list_save_duplicates: a tag sent twice is saved once', () => {
    const d = dataset({ name: 'd1', tags: [{ name: 'tag1' }, { name: 'tag1' }] })
    expect(d.tags.map((tag: any) => tag.name)).toEqual(['tag1'])
  })

  it('user_dictize: email for sysadmins and the user, never password or reset_key', () => {
    const tester = t.user('tester')
    const other = t.user('annafan')
    for (const caller of [t.sysadmin, tester]) {
      const u = t.call('user_show', caller, { id: 'tester' })
      expect(u).toHaveProperty('about')
      expect(u).toHaveProperty('email')
      expect(u).not.toHaveProperty('password')
      expect(u).not.toHaveProperty('reset_key')
    }
    for (const caller of [other, t.anonymous]) {
      const u = t.call('user_show', caller, { id: 'tester' })
      expect(u).toHaveProperty('name')
      expect(u).toHaveProperty('about')
      expect(u).not.toHaveProperty('email')
      expect(u).not.toHaveProperty('password')
      expect(u).not.toHaveProperty('reset_key')
    }
  })

  it('test_package_save: a shown dataset sent back to package_update shows the same', () => {
    group({ name: 'g1' })
    const org = t.call('organization_create', t.sysadmin, { name: 'o1' })
    const d = dataset({
      name: 'anna', owner_org: org.id, groups: [{ name: 'g1' }], tags: [{ name: 'russian' }],
      extras: [{ key: 'genre', value: 'novel' }], resources: [{ url: 'http://a', alt_url: 'x' }],
    })
    const shown = t.call('package_show', t.sysadmin, { id: d.id })
    const updated = t.call('package_update', t.sysadmin, { ...shown, name: 'anna3' })
    const { metadata_modified: _a, name: _n, ...before } = shown
    const { metadata_modified: _b, name: n2, ...after } = updated
    expect(n2).toBe('anna3')
    for (const r of after.resources) delete r.metadata_modified
    for (const r of before.resources) delete r.metadata_modified
    expect(after).toEqual(before)
  })

  it('test_resource_no_id: extra resource keys are kept', () => {
    const d = dataset({ name: 'd1' })
    const r = t.call('resource_create', t.sysadmin, {
      package_id: d.id, alt_url: 'empty resource group id', hash: 'abc123', description: 'Full text.', format: 'plain text',
      url: 'http://test_new', size_extra: '123',
    })
    expect(r).toMatchObject({ alt_url: 'empty resource group id', size_extra: '123', hash: 'abc123', position: 0, mimetype: null, cache_url: null, size: null, resource_type: null, url_type: null, name: null })
  })

  it('test_package_dictization_with_deleted_group: a group left is not shown', () => {
    group({ name: 'test-group-1' })
    group({ name: 'test-group-2' })
    dataset({ name: 'd1', groups: [{ name: 'test-group-1' }, { name: 'test-group-2' }] })
    t.call('member_delete', t.sysadmin, { id: 'test-group-2', object: 'd1', object_type: 'package' })
    const names = t.call('package_show', t.anonymous, { id: 'd1' }).groups.map((g: any) => g.name)
    expect(names).toEqual(['test-group-1'])
  })
})
