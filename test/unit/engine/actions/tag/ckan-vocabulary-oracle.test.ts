/**
 * CKAN's ckan/tests/legacy/functional/api/model/test_vocabulary.py (the
 * vocabulary and tag_create/tag_delete suite) restated through the actions.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

let t: TestEngine
let genre: any
let normal: ReturnType<TestEngine['user']>
beforeEach(() => {
  t = testEngine()
  genre = t.call('vocabulary_create', t.sysadmin, { name: 'Genre' })
  t.call('vocabulary_create', t.sysadmin, { name: 'Time Period' })
  t.call('vocabulary_create', t.sysadmin, { name: 'Composers' })
  normal = t.user('normal')
})
afterEach(() => t.close())

const badTagLists = [
  [{ id: 'xxx' }, { name: 'foo' }],
  [{ name: 'foo' }, { name: null }],
  [{ name: 'foo' }, { name: '' }],
  [{ name: 'foo' }, { name: 'f' }],
  [{ name: 'f'.repeat(200) }, { name: 'foo' }],
  [{ name: 'Invalid!' }, { name: 'foo' }],
]

/** CKAN's _create_vocabulary / _update_vocabulary checks: listed once, shown alike by id and name. */
function expectListedAndShown(vocabulary: any) {
  expect(t.call('vocabulary_list', t.anonymous).filter((v: any) => JSON.stringify(v) === JSON.stringify(vocabulary))).toHaveLength(1)
  expect(t.call('vocabulary_show', t.anonymous, { id: vocabulary.id })).toEqual(vocabulary)
  expect(t.call('vocabulary_show', t.anonymous, { id: vocabulary.name })).toEqual(vocabulary)
}

describe('vocabulary_create', () => {
  it('test_vocabulary_create / _with_tags / _empty_tags', () => {
    const plain = t.call('vocabulary_create', t.sysadmin, { name: 'My cool vocab' })
    expect(plain.name).toBe('My cool vocab')
    expectListedAndShown(plain)
    const foobar = t.call('vocabulary_create', t.sysadmin, { name: 'foobar', tags: [{ name: 'foo' }, { name: 'bar' }] })
    expectListedAndShown(foobar)
    expect(t.call('tag_list', t.anonymous, { vocabulary_id: foobar.id }).sort()).toEqual(['bar', 'foo'])
    const empty = t.call('vocabulary_create', t.sysadmin, { name: 'empty', tags: [] })
    expect(empty.tags).toEqual([])
    expectListedAndShown(empty)
    expect(t.call('tag_list', t.anonymous, { vocabulary_id: empty.id })).toEqual([])
  })
  it('test_vocabulary_create_bad_tags: 409 on tags, and only tags', () => {
    for (const tags of badTagLists) {
      const error = t.failure('vocabulary_create', t.sysadmin, { name: 'foobar', tags })
      expect(error.__type, JSON.stringify(tags)).toBe('Validation Error')
      expect(Object.keys(error).sort(), JSON.stringify(tags)).toEqual(['__type', 'tags'])
    }
  })
  it('test_vocabulary_create_none_tags / test_vocabulary_update_none_tags: an Integrity Error', () => {
    expect(t.failure('vocabulary_create', t.sysadmin, { name: 'foobar', tags: null }).__type).toBe('Integrity Error')
    expect(t.failure('vocabulary_update', t.sysadmin, { id: genre.id, tags: null }).__type).toBe('Integrity Error')
  })
  it('test_vocabulary_create_id / _no_name / _invalid_name / _exists', () => {
    expect(t.failure('vocabulary_create', t.sysadmin, { id: 'xxx', name: 'foobar' }).id).toEqual(['The input field id was not expected.'])
    expect(t.failure('vocabulary_create', t.sysadmin, {}).name).toEqual(['Missing value'])
    for (const name of [null, '', 'a', 'foobar'.repeat(100)]) {
      expect(t.failure('vocabulary_create', t.sysadmin, { name }).name, String(name)).toBeTruthy()
    }
    expect(t.failure('vocabulary_create', t.sysadmin, { name: 'Genre' }).name).toEqual(['That vocabulary name is already in use.'])
  })
  it('test_vocabulary_create_not_logged_in / _not_authorized', () => {
    expect(t.failure('vocabulary_create', t.anonymous, { name: 'Spam' }).__type).toBe('Authorization Error')
    expect(t.failure('vocabulary_create', normal, { name: 'Mine' }).__type).toBe('Authorization Error')
  })
})

describe('vocabulary_update', () => {
  const update = (params: Record<string, any>) => {
    const before = t.call('vocabulary_show', t.anonymous, { id: params.id })
    const after = t.call('vocabulary_update', t.sysadmin, params)
    expect(after.id).toBe(before.id)
    expect(after.name).toBe('name' in params ? params.name : before.name)
    if ('tags' in params) expect(after.tags.map((tag: any) => tag.name).sort()).toEqual(params.tags.map((tag: any) => tag.name).sort())
    else expect(after.tags).toEqual(before.tags)
    expectListedAndShown(after)
    return after
  }
  const newTags = [{ name: 'new test tag one' }, { name: 'new test tag two' }, { name: 'new test tag three' }]

  it('test_vocabulary_update_id_only / id_and_same_name / id_and_new_name', () => {
    update({ id: genre.id })
    update({ id: genre.id, name: 'Genre' })
    update({ id: genre.id, name: 'new name' })
  })
  it('test_vocabulary_update with same and new tags, with and without names', () => {
    update({ id: genre.id, tags: genre.tags })
    update({ id: genre.id, tags: newTags })
    const current = t.call('vocabulary_show', t.anonymous, { id: genre.id })
    update({ id: genre.id, name: 'Genre', tags: current.tags })
    update({ id: genre.id, name: 'Genre', tags: [{ name: 'x1' }, { name: 'x2' }] })
    update({ id: genre.id, name: 'new name', tags: t.call('vocabulary_show', t.anonymous, { id: genre.id }).tags })
  })
  it('test_vocabulary_update_with_tags', () => {
    const tags = ['drone', 'noise', 'fuzz', 'field recordings', 'hypnagogia', 'textures without rhythm'].map((name) => ({ name }))
    update({ id: genre.id, name: 'Genre', tags })
    expect(t.call('vocabulary_show', t.anonymous, { id: genre.id }).tags).toHaveLength(tags.length)
  })
  it('test_vocabulary_update_not_exists / _no_id / _not_logged_in / _not_authorized', () => {
    const missing = t.failure('vocabulary_update', t.sysadmin, { id: 'xxxxxxx', name: 'updated_name' })
    expect(missing.__type).toBe('Not Found Error')
    expect(missing.message.startsWith('Not found: ')).toBe(true)
    expect(t.failure('vocabulary_update', t.sysadmin, { name: 'bagel radio' })).toEqual({ __type: 'Validation Error', id: 'id not in data' })
    expect(t.failure('vocabulary_update', t.anonymous, { id: genre.id }).__type).toBe('Authorization Error')
    expect(t.failure('vocabulary_update', normal, { id: genre.id })).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
  })
  it('test_vocabulary_update_bad_tags', () => {
    for (const tags of badTagLists) {
      expect(t.failure('vocabulary_update', t.sysadmin, { id: 'Genre', tags }).tags, JSON.stringify(tags)).toBeTruthy()
    }
  })
  it('test_vocabulary_update_empty_tags', () => {
    t.call('vocabulary_update', t.sysadmin, { id: genre.id, tags: [{ name: 'soon-gone' }] })
    const updated = t.call('vocabulary_update', t.sysadmin, { id: genre.id, tags: [] })
    expect(updated).toMatchObject({ id: genre.id, name: 'Genre', tags: [] })
    expect(t.call('vocabulary_show', t.anonymous, { id: genre.id })).toEqual(updated)
    expect(t.call('tag_list', t.anonymous, { vocabulary_id: genre.id })).toEqual([])
  })
})

describe('vocabulary_delete', () => {
  it('test_vocabulary_delete: null result, gone from the list, 404 after', () => {
    expect(t.call('vocabulary_delete', t.sysadmin, { id: genre.id })).toBeNull()
    expect(t.call('vocabulary_list', t.anonymous).map((v: any) => v.id)).not.toContain(genre.id)
    expect(t.failure('vocabulary_show', t.sysadmin, { id: genre.id }).__type).toBe('Not Found Error')
  })
  it('test_vocabulary_delete_not_exists / _no_id / _not_logged_in / _not_authorized', () => {
    expect(t.failure('vocabulary_delete', t.sysadmin, { id: 'xxxxxxx' }).message.startsWith('Not found: Could not find vocabulary')).toBe(true)
    expect(t.failure('vocabulary_delete', t.sysadmin, {})).toEqual({ __type: 'Validation Error', id: 'id not in data' })
    expect(t.failure('vocabulary_delete', t.anonymous, { id: genre.id }).__type).toBe('Authorization Error')
    expect(t.failure('vocabulary_delete', normal, { id: genre.id }).__type).toBe('Authorization Error')
  })
})

describe('tag_create', () => {
  it('test_add_tag_to_vocab', () => {
    const before = t.call('tag_list', t.anonymous, { vocabulary_id: genre.id })
    const created = t.call('tag_create', t.sysadmin, { name: 'noise', vocabulary_id: genre.id })
    const added = t.call('tag_list', t.anonymous, { vocabulary_id: genre.id }).filter((name: string) => !before.includes(name))
    expect(added).toEqual([created.name])
  })
  it('test_add_tag_no_vocab / _vocab_not_exists / _invalid_vocab_id', () => {
    expect(t.failure('tag_create', t.sysadmin, { name: 'noise' }).vocabulary_id).toEqual(['Missing value'])
    for (const vocabulary_id of ['does not exist', 'xxcxzczxczxc']) {
      expect(t.failure('tag_create', t.sysadmin, { name: 'noise', vocabulary_id }).vocabulary_id).toEqual(['Tag vocabulary was not found.'])
    }
  })
  it('test_add_tag_already_added', () => {
    t.call('tag_create', t.sysadmin, { name: 'noise', vocabulary_id: genre.id })
    const error = t.failure('tag_create', t.sysadmin, { name: 'noise', vocabulary_id: genre.id })
    expect(error.vocabulary_id[0].startsWith('Tag noise already belongs to vocabulary')).toBe(true)
  })
  it('test_add_tag_with_id / _without_name / _invalid_name', () => {
    expect(t.failure('tag_create', t.sysadmin, { id: 'dsagdsgsgsd', name: 'noise', vocabulary_id: genre.id }).id).toEqual([
      'The input field id was not expected.',
    ])
    expect(t.failure('tag_create', t.sysadmin, { vocabulary_id: genre.id }).name).toEqual(['Missing value'])
    for (const name of ['Not a valid tag name!', '', null]) {
      expect(t.failure('tag_create', t.sysadmin, { name, vocabulary_id: genre.id }).name, String(name)).toBeTruthy()
    }
  })
  it('test_add_tag_not_logged_in / _not_authorized', () => {
    expect(t.failure('tag_create', t.anonymous, { name: 'noise', vocabulary_id: genre.id }).__type).toBe('Authorization Error')
    expect(t.failure('tag_create', normal, { name: 'noise', vocabulary_id: genre.id }).__type).toBe('Authorization Error')
  })
})

describe('vocabulary tags on datasets, and tag_delete', () => {
  const dataset = () => {
    t.call('organization_create', t.sysadmin, { name: 'home' })
    return t.call('package_create', t.sysadmin, { name: 'annakarenina', owner_org: 'home', tags: [{ name: 'russian' }] })
  }
  const carries = (pkg: any, tag: any) =>
    pkg.tags.filter((own: any) => own.name === tag.name && own.vocabulary_id === tag.vocabulary_id).length

  it('test_add_vocab_tag_to_dataset: added by package_update, found by tag_show, removed again', () => {
    const pkg = dataset()
    const tag = t.call('tag_create', t.sysadmin, { name: 'noise', vocabulary_id: genre.id })
    const updated = t.call('package_update', t.sysadmin, { ...pkg, tags: [...pkg.tags, tag] })
    expect(carries(updated, tag)).toBe(1)
    const shown = t.call('tag_show', t.anonymous, { id: 'noise', vocabulary_id: genre.id, include_datasets: true })
    expect(shown.packages.filter((p: any) => p.id === pkg.id)).toHaveLength(1)
    t.call('package_update', t.sysadmin, { ...pkg, tags: pkg.tags })
    expect(carries(t.call('package_show', t.anonymous, { id: pkg.id }), tag)).toBe(0)
  })
  it('test_delete_tag_from_vocab: by name or id, vocabulary by name or id; datasets lose them', () => {
    const pkg = dataset()
    const tags = ['noise', 'ragga', 'grunge', 'funk'].map((name) => t.call('tag_create', t.sysadmin, { name, vocabulary_id: genre.id }))
    const updated = t.call('package_update', t.sysadmin, { ...pkg, tags: [...pkg.tags, ...tags] })
    for (const tag of tags) expect(carries(updated, tag)).toBe(1)
    const before = t.call('tag_list', t.anonymous, { vocabulary_id: genre.id })
    t.call('tag_delete', t.sysadmin, { id: tags[0].name, vocabulary_id: genre.name })
    t.call('tag_delete', t.sysadmin, { id: tags[1].id, vocabulary_id: genre.name })
    t.call('tag_delete', t.sysadmin, { id: tags[2].id, vocabulary_id: genre.id })
    t.call('tag_delete', t.sysadmin, { id: tags[3].name, vocabulary_id: genre.id })
    const after = t.call('tag_list', t.anonymous, { vocabulary_id: genre.id })
    expect(after).toHaveLength(before.length - 4)
    const shown = t.call('package_show', t.anonymous, { id: pkg.id })
    for (const tag of tags) expect(carries(shown, tag)).toBe(0)
  })
  it('test_delete_free_tag: by name or id; gone from tag_list and the dataset', () => {
    const pkg = dataset()
    t.call('package_update', t.sysadmin, { ...pkg, tags: [...pkg.tags, { name: 'ducks' }, { name: 'birds' }] })
    expect(t.call('tag_list', t.anonymous)).toEqual(expect.arrayContaining(['ducks', 'birds']))
    t.call('tag_delete', t.sysadmin, { id: 'ducks' })
    t.call('tag_delete', t.sysadmin, { id: t.call('tag_show', t.anonymous, { id: 'birds' }).id })
    expect(t.call('tag_list', t.anonymous)).toEqual(['russian'])
    expect(t.call('package_show', t.anonymous, { id: pkg.id }).tags.map((tag: any) => tag.name)).toEqual(['russian'])
  })
  it('test_delete_tag_no_id / _no_vocab / _not_exists / _vocab_not_exists / _invalid_tag / _invalid_vocab', () => {
    t.call('tag_create', t.sysadmin, { name: 'noise', vocabulary_id: genre.id })
    for (const id of [undefined, '', null]) {
      const params = id === undefined ? { vocabulary_id: 'Genre' } : { id, vocabulary_id: 'Genre' }
      expect(t.failure('tag_delete', t.sysadmin, params)).toEqual({ __type: 'Validation Error', id: 'id not in data' })
    }
    for (const vocabulary_id of ['', null, undefined]) {
      const params = vocabulary_id === undefined ? { id: 'noise' } : { id: 'noise', vocabulary_id }
      expect(t.failure('tag_delete', t.sysadmin, params)).toEqual({ __type: 'Not Found Error', message: 'Not found: Could not find tag "noise"' })
    }
    for (const id of ['nonexistent', 'Invalid!', ' ']) {
      expect(t.failure('tag_delete', t.sysadmin, { id, vocabulary_id: 'Genre' }).message).toBe(`Not found: Could not find tag "${id}"`)
    }
    // The test's "could not find vocabulary '...'" came from Tag.get before
    // 2.10; 2.10's Tag.get answers None for an unknown vocabulary, so
    // tag_delete reports the tag.
    for (const vocabulary_id of ['nonexistent', 'Invalid!', ' ']) {
      expect(t.failure('tag_delete', t.sysadmin, { id: 'noise', vocabulary_id }).message).toBe('Not found: Could not find tag "noise"')
    }
  })
  it('test_delete_tag_not_logged_in / _not_authorized', () => {
    t.call('tag_create', t.sysadmin, { name: 'noise', vocabulary_id: genre.id })
    expect(t.failure('tag_delete', t.anonymous, { id: 'noise', vocabulary_id: 'Genre' }).__type).toBe('Authorization Error')
    expect(t.failure('tag_delete', normal, { id: 'noise', vocabulary_id: 'Genre' }).__type).toBe('Authorization Error')
  })
})
