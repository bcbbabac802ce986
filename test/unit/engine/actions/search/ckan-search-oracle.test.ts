/**
 * CKAN 2.10's ckan/tests/lib/search/ (test_query.py, test_search.py,
 * test_index.py) restated through the actions a client calls:
 * package_search, resource_search and tag_search.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

let t: TestEngine
beforeEach(() => {
  t = testEngine()
  t.call('organization_create', t.sysadmin, { name: 'home' })
})
afterEach(() => t.close())

let serial = 0
const dataset = (params: Record<string, unknown> = {}) =>
  t.call('package_create', t.sysadmin, { name: `test-dataset-${++serial}`, owner_org: 'home', ...params })
const search = (params: Record<string, unknown>) => t.call('package_search', t.anonymous, params)
const found = (q: string) => (search({ q, rows: 1000 }).results as { name: string }[]).map((p) => p.name).sort()

describe('TestTagQuery (tag_search)', () => {
  beforeEach(() => {
    dataset({ tags: [{ name: 'russian' }, { name: 'tolstoy' }] })
    dataset({ tags: [{ name: 'Flexible \u30a1' }] })
  })
  const tags = (params: Record<string, unknown>) => {
    const result = t.call('tag_search', t.anonymous, params)
    return { count: result.count, names: result.results.map((tag: any) => tag.name).sort() }
  }

  it('test_good_search_query / _queries / test_bad_search_query', () => {
    expect(tags({ query: 'ru' })).toEqual({ count: 1, names: ['russian'] })
    expect(tags({ query: 's' })).toEqual({ count: 2, names: ['russian', 'tolstoy'] })
    expect(tags({ query: ['ru', 's'] })).toEqual({ count: 1, names: ['russian'] })
    expect(tags({ query: 'asdf' }).count).toBe(0)
  })

  it('capital letters in tag or query, unicode above U+00FF, any case', () => {
    for (const query of ['lexible', 'Flexible', ' \u30a1', 'flexible']) {
      expect(tags({ query }).names, query).toContain('Flexible \u30a1')
    }
  })

  it('test_good_search_fields / test_bad_search_fields', () => {
    expect(tags({ fields: { tags: 'ru' } })).toEqual({ count: 1, names: ['russian'] })
    expect(tags({ fields: { tags: 's' } }).count).toBe(2)
    expect(tags({ fields: { tags: 'asdf' } }).count).toBe(0)
  })
})

describe('TestResourceQuery (resource_search)', () => {
  const ab = 'http://site.com/a/b.txt'
  const cd = 'http://site.com/c/d.txt'
  const ef = 'http://site.com/e/f.txt'
  beforeEach(() => {
    const pkg1 = dataset({ name: 'pkg1' })
    const pkg2 = dataset()
    const resource = (params: Record<string, unknown>) => t.call('resource_create', t.sysadmin, params)
    resource({ url: ab, description: 'This is site ab.', alt_url: 'alt_1', format: 'Excel spreadsheet', hash: 'xyz-123', package_id: pkg1.id })
    resource({ url: cd, description: 'This is site cd.', alt_url: 'alt_2', format: 'Office spreadsheet', hash: 'qwe-456', package_id: pkg1.id })
    resource({ url: cd, description: 'This is site cd.', alt_url: 'alt_1', package_id: pkg2.id })
    resource({ url: ef, description: 'This is site ef.', package_id: pkg2.id })
    resource({ url: ef, description: 'This is site gh.', package_id: pkg2.id })
    resource({ url: ef, description: 'This is site ij.', package_id: pkg2.id })
  })
  const urls = (query: string | string[]) =>
    [...new Set((t.call('resource_search', t.anonymous, { query }).results as { url: string }[]).map((r) => r.url))].sort()

  it('test_search_url / _url_2 / _url_none', () => {
    expect(t.call('resource_search', t.anonymous, { query: 'url:site.com' }).count).toBe(6)
    expect(urls('url:site.com')).toEqual([ab, cd, ef])
    expect(urls('url:a/b')).toEqual([ab])
    expect(urls('url:nothing')).toEqual([])
  })

  it('test_search_description / _format / _format_2 / _several_fields', () => {
    expect(urls('description:cd')).toEqual([cd])
    expect(urls('format:excel')).toEqual([ab])
    expect(urls('format:sheet')).toEqual([ab, cd])
    expect(urls(['description:ab', 'format:sheet'])).toEqual([ab])
  })

  it('test_search_hash_complete / _partial / _partial_but_not_initial: hashes match from their start', () => {
    expect(urls('hash:xyz-123')).toEqual([ab])
    expect(urls('hash:xyz')).toEqual([ab])
    expect(urls('hash:123')).toEqual([])
  })

  it('test_pagination: limit and offset page the ordered list, count counts all', () => {
    const all = t.call('resource_search', t.anonymous, { query: 'url:site', order_by: 'id' })
    expect(all.count).toBe(6)
    const ids = all.results.map((r: any) => r.id)
    for (const offset of [0, 2, 4]) {
      const page = t.call('resource_search', t.anonymous, { query: 'url:site', order_by: 'id', limit: 2, offset })
      expect(page.count).toBe(6)
      expect(page.results.map((r: any) => r.id)).toEqual(ids.slice(offset, offset + 2))
    }
  })
})

describe('TestPackageQuery (package_search)', () => {
  it('test_all_records_by_shared_notes', () => {
    const names = [dataset({ notes: 'shared' }), dataset({ notes: 'shared' }), dataset({ notes: 'shared' })].map((p) => p.name)
    expect(found('shared')).toEqual(names.sort())
  })

  it('test_single_by_name', () => {
    dataset({ name: 'first' })
    dataset({ name: 'second' })
    expect(found('first')).toEqual(['first'])
  })

  it('test_title_token', () => {
    const a = dataset({ title: 'first record' })
    const b = dataset({ title: 'second record' })
    dataset({ title: 'third dataset' })
    expect(found('title:record')).toEqual([a.name, b.name].sort())
  })

  it('test_not_real_license', () => {
    dataset()
    expect(search({ q: 'license:"OKD::Other (PublicsDomain)"' }).count).toBe(0)
  })

  it('test_quotation: a phrase matches its words in order', () => {
    const a = dataset({ title: 'Government Expenditure' })
    dataset({ title: 'Government Extra Expenditure' })
    expect(found('"Government Expenditure"')).toEqual([a.name])
    expect(found('"Expenditure Government"')).toEqual([])
  })

  it('test_tags_field_split_word / _with_capitals', () => {
    const a = dataset({ tags: [{ name: 'split todo' }] })
    const b = dataset({ tags: [{ name: 'capitals' }] })
    expect(found('todo split')).toEqual([a.name])
    expect(found('CAPITALS')).toEqual([b.name])
  })

  it('test_tags_token_simple / _with_multi_word_tag / _multiple / _with_punctuation', () => {
    const a = dataset({ tags: [{ name: 'country-sweden' }, { name: 'format-pdf' }] })
    const b = dataset({ tags: [{ name: 'todo split' }] })
    const c = dataset({ tags: [{ name: 'surprise.' }] })
    dataset({ tags: [{ name: 'country-sweden' }] }) // not format-pdf
    expect(found('tags:country-sweden tags:format-pdf')).toEqual([a.name])
    expect(found('tags:"todo split"')).toEqual([b.name])
    expect(found('tags:"surprise."')).toEqual([c.name])
    expect(found('tags:country-sweden')).toHaveLength(2)
  })

  it('test_overall: CreateTestData\'s two books', () => {
    t.call('group_create', t.sysadmin, { name: 'david', title: 'Dave\'s books' })
    t.call('group_create', t.sysadmin, { name: 'roger', title: 'Roger\'s books' })
    t.call('group_create', t.sysadmin, { name: 'lenny' })
    dataset({
      name: 'annakarenina', title: 'A Novel By Tolstoy', notes: 'Some test notes',
      tags: [{ name: 'russian' }, { name: 'tolstoy' }, { name: 'Flexible \u30a1' }],
      groups: [{ name: 'david' }, { name: 'roger' }],
    })
    dataset({
      name: 'warandpeace', title: 'A Wonderful Story', tags: [{ name: 'russian' }, { name: 'Flexible \u30a1' }],
      groups: [{ name: 'david' }],
    })
    const count = (q: string) => search({ q }).count
    expect(count('annakarenina')).toBe(1)
    expect(count('warandpeace')).toBe(1)
    expect(count('')).toBe(2)
    expect(count('Tolstoy')).toBe(1)
    expect(count('title:Novel')).toBe(1)
    expect(count('title:peace')).toBe(0)
    expect(count('name:warandpeace')).toBe(1)
    expect(count('groups:david')).toBe(2)
    expect(count('groups:roger')).toBe(1)
    expect(count('groups:lenny')).toBe(0)
    expect(count('tags:"russian"')).toBe(2)
    expect(count('tags:"Flexible \u30a1"')).toBe(2)
    expect(count('Flexible \u30a1')).toBe(2)
    expect(count('Flexible')).toBe(2)
    expect(count('flexible')).toBe(2)
  })
})

describe('test_search.py', () => {
  const extras = [{ key: 'spatial-reference-system', value: 'test-spatial' }]

  it('test_02_add_package_from_dict: an extra value is found by a free query', () => {
    dataset()
    dataset({ name: 'council-owned-litter-bins', extras })
    expect(search({ q: '' }).count).toBe(2)
    expect(found('spatial')).toEqual(['council-owned-litter-bins'])
  })

  it('test_03_update_package_from_dict: a renamed dataset with a new extra is found by both', () => {
    dataset()
    const d = dataset({ name: 'council-owned-litter-bins', extras })
    t.call('package_patch', t.sysadmin, { id: d.id, name: 'new_name', extras: [...extras, { key: 'published_by', value: 'barrow' }] })
    expect(search({ q: '' }).count).toBe(2)
    expect(found('barrow')).toEqual(['new_name'])
    t.call('package_patch', t.sysadmin, { id: d.id, name: 'council-owned-litter-bins' })
    expect(search({ q: '' }).count).toBe(2)
    expect(found('spatial')).toEqual(['council-owned-litter-bins'])
  })

  it('test_04_delete_package_from_dict', () => {
    dataset()
    dataset({ name: 'council-owned-litter-bins', extras })
    t.call('package_delete', t.sysadmin, { id: 'council-owned-litter-bins' })
    expect(search({ q: '' }).count).toBe(1)
  })
})

describe('test_index.py', () => {
  it('test_index_basic / test_delete_package: name and title fields', () => {
    const a = dataset({ name: 'monkey', title: 'Monkey' })
    const b = dataset({ name: 'monkey2', title: 'Monkey' })
    expect(found('name:monkey')).toEqual(['monkey'])
    expect(found('title:Monkey')).toEqual(['monkey', 'monkey2'])
    t.call('dataset_purge', t.sysadmin, { id: b.id })
    expect(found('title:Monkey')).toEqual([a.name])
  })

  it('test_index_date_field / _wrong_value / _empty_value: *_date extras are dates', () => {
    dataset({
      name: 'monkey',
      extras: [
        { key: 'test_date', value: '2014-03-22' },
        { key: 'test_tim_date', value: '2014-03-22 05:42:14' },
        { key: 'test_wrong_date', value: 'Not a date' },
        { key: 'test_another_wrong_date', value: '2014-13-01' },
        { key: 'test_empty_date', value: '' },
      ],
    })
    expect(found('test_date:[2014-03-22T00:00:00Z TO 2014-03-22T00:00:00Z]')).toEqual(['monkey'])
    expect(found('test_tim_date:"2014-03-22T05:42:14Z"')).toEqual(['monkey'])
    expect(found('test_tim_date:[2014-03-23T00:00:00Z TO *]')).toEqual([])
    expect(found('test_wrong_date:[* TO *]')).toEqual([])
    expect(found('test_another_wrong_date:[* TO *]')).toEqual([])
    expect(found('test_empty_date:[* TO *]')).toEqual([])
    // index.py skips the whole key, extras_ copy included; the good ones keep theirs.
    expect(found('extras_test_wrong_date:date')).toEqual([])
    expect(found('extras_test_date:2014')).toEqual(['monkey'])
    expect(found('test_date:[2014-01-01T00:00:00Z TO 2014-12-31T00:00:00Z]')).toEqual(['monkey'])
  })

  it('test_indexed_package_stores_resource_type', () => {
    dataset({
      name: 'river-quality',
      resources: [
        { description: 'A river quality report', format: 'pdf', resource_type: 'doc', url: 'http://www.foo.com/riverquality.pdf', alt_url: 'http://www.bar.com/riverquality.pdf', city: 'Asuncion' },
        { description: 'A river quality table', format: 'csv', resource_type: 'file', url: 'http://www.foo.com/riverquality.csv', institution: 'Global River Foundation' },
      ],
    })
    expect(found('res_type:doc')).toEqual(['river-quality'])
    expect(found('res_type:file')).toEqual(['river-quality'])
    expect(found('res_format:PDF')).toEqual(['river-quality'])
  })
})
