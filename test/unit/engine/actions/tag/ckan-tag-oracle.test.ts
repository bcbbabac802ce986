/**
 * CKAN's ckan/tests/legacy/logic/test_tag.py and test_tag_vocab.py (and
 * their older ckan/tests/logic/ versions) restated through the actions a
 * client calls, on the catalog CKAN's CreateTestData and
 * make_some_vocab_tags build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

let t: TestEngine
const flexible = 'Flexible \u30a1'
const genreTags = ['sonata', 'neoclassical', 'neofolk', 'neomedieval', 'neoprog', 'neopsychedelia', 'neosoul', 'nerdcore']

beforeAll(() => {
  t = testEngine()
  const org = t.call('organization_create', t.sysadmin, { name: 'home' })
  const genre = t.call('vocabulary_create', t.sysadmin, { name: 'genre', tags: genreTags.map((name) => ({ name })) })
  const composers = t.call('vocabulary_create', t.sysadmin, { name: 'composers', tags: [{ name: 'Bach' }] })
  t.call('package_create', t.sysadmin, {
    name: 'annakarenina', owner_org: org.id,
    tags: [{ name: 'russian' }, { name: 'tolstoy' }, { name: flexible }, { name: 'sonata', vocabulary_id: genre.id }],
  })
  t.call('package_create', t.sysadmin, {
    name: 'warandpeace', owner_org: org.id,
    tags: [{ name: 'russian' }, { name: flexible }, ...['tolkien', 'toledo', 'tolerance', 'tollbooth'].map((name) => ({ name })),
      { name: 'Bach', vocabulary_id: composers.id }],
  })
})
afterAll(() => t.close())

const names = (result: { results: { name: string }[] }) => result.results.map((tag) => tag.name)

describe('test_tag.py: tag_search', () => {
  it('test_15a_tag_search_with_empty_query', () => {
    for (const params of [{}, { q: null }, { q: '' }, { q: '  ' }]) {
      expect(t.call('tag_search', t.anonymous, params)).toEqual({ count: 0, results: [] })
    }
  })
  it('test_15a_tag_search_with_no_matches', () => {
    expect(t.call('tag_search', t.anonymous, { q: 'no matches' })).toEqual({ count: 0, results: [] })
  })
  it('test_15a_tag_search_with_one_match (and using the fields parameter)', () => {
    for (const params of [{ q: 'russ' }, { fields: { tags: 'russ' } }]) {
      const result = t.call('tag_search', t.anonymous, params)
      expect(result.count).toBe(1)
      expect(names(result)).toEqual(['russian'])
    }
  })
  // The test expects name order, which CKAN up to 2.9 got from its Tag mapper's
  // order_by; 2.10's mapper has none, so tags come in database order, as
  // tag_list's do (068). Shelfmark's database order is creation order.
  it('test_15a_tag_search_with_many_matches (in database order, as 2.10 gives them)', () => {
    const result = t.call('tag_search', t.anonymous, { q: 'tol' })
    expect(result.count).toBe(5)
    expect([...names(result)].sort()).toEqual(['toledo', 'tolerance', 'tolkien', 'tollbooth', 'tolstoy'])
  })
  it('test_15a_tag_search_with_many_matches_paged: a page of that order, counting all', () => {
    const all = names(t.call('tag_search', t.anonymous, { q: 'tol' }))
    const result = t.call('tag_search', t.anonymous, { q: 'tol', limit: 2, offset: 2 })
    expect(result.count).toBe(5)
    expect(names(result)).toEqual(all.slice(2, 4))
  })
  it('test_15a_tag_search_with_vocab_and_empty_query', () => {
    for (const q of [undefined, null, '', '  ']) {
      const params = q === undefined ? { vocabulary_id: 'genre' } : { vocabulary_id: 'genre', q }
      expect(t.call('tag_search', t.anonymous, params)).toEqual({ count: 0, results: [] })
    }
  })
  it('test_15a_tag_search_with_vocab_and_one_match / multiple / no matches', () => {
    expect(names(t.call('tag_search', t.anonymous, { q: 'son', vocabulary_id: 'genre' }))).toEqual(['sonata'])
    const neo = t.call('tag_search', t.anonymous, { q: 'neo', vocabulary_id: 'genre' })
    expect(neo.count).toBe(6)
    expect(names(neo)).toEqual(['neoclassical', 'neofolk', 'neomedieval', 'neoprog', 'neopsychedelia', 'neosoul'])
    expect(t.call('tag_search', t.anonymous, { q: 'xxxxxxx', vocabulary_id: 'genre' })).toEqual({ count: 0, results: [] })
  })
  it('test_15a_tag_search_with_vocab_that_does_not_exist / with_invalid_vocab: 404', () => {
    for (const vocabulary_id of ['xxxxxx', null, '', 'a', 'e'.repeat(200)]) {
      expect(t.failure('tag_search', t.anonymous, { q: 'neo', vocabulary_id }).__type, String(vocabulary_id)).toBe('Not Found Error')
    }
  })
})

describe('test_tag.py: tag_autocomplete', () => {
  it('test_15_tag_autocomplete', () => {
    expect(t.call('tag_autocomplete', t.anonymous, {})).toEqual([])
    expect(t.call('tag_autocomplete', t.anonymous, { q: 'r' })).toEqual(['russian', 'tolerance'])
  })
  it('finds and is found by spaces, foreign characters, punctuation and capitals, ignoring case', () => {
    const other = testEngine()
    const org = other.call('organization_create', other.sysadmin, { name: 'home' })
    const tags = ['with space', 'greek beta \u03b2', 'fullstop.', 'CAPITAL idea old chap', 'MIX of CAPITALS and LOWER case']
    other.call('package_create', other.sysadmin, { name: 'odd-tags', owner_org: org.id, tags: tags.map((name) => ({ name })) })
    const cases: [string, string][] = [
      ['w', 'with space'], ['greek', 'greek beta \u03b2'], ['fullstop', 'fullstop.'], ['idea', 'CAPITAL idea old chap'],
      ['th sp', 'with space'], ['\u03b2', 'greek beta \u03b2'], ['stop.', 'fullstop.'], ['CAPITAL', 'CAPITAL idea old chap'],
      ['lower case', 'MIX of CAPITALS and LOWER case'],
    ]
    for (const [q, tag] of cases) expect(other.call('tag_autocomplete', other.anonymous, { q }), q).toContain(tag)
    other.close()
  })
  it('test_15_tag_autocomplete_with_vocab_and_empty_query', () => {
    for (const q of [undefined, null, '', '  ']) {
      const params = q === undefined ? { vocabulary_id: 'genre' } : { vocabulary_id: 'genre', q }
      expect(t.call('tag_autocomplete', t.anonymous, params)).toEqual([])
    }
  })
  it('test_15_tag_autocomplete_with_vocab_and_single / multiple / no matches', () => {
    expect(t.call('tag_autocomplete', t.anonymous, { vocabulary_id: 'genre', q: 'son' })).toEqual(['sonata'])
    expect(t.call('tag_autocomplete', t.anonymous, { vocabulary_id: 'genre', q: 'neo' })).toEqual(
      ['neoclassical', 'neofolk', 'neomedieval', 'neoprog', 'neopsychedelia', 'neosoul'],
    )
    expect(t.call('tag_autocomplete', t.anonymous, { vocabulary_id: 'composers', q: 'Jonny Greenwood' })).toEqual([])
  })
  it('test_15_tag_autocomplete_with_vocab_that_does_not_exist / with_invalid_vocab: 404 whatever q', () => {
    for (const q of ['', 'neo']) {
      expect(t.failure('tag_autocomplete', t.anonymous, { vocabulary_id: 'does_not_exist', q }).__type).toBe('Not Found Error')
    }
    for (const vocabulary_id of [null, '', 'a', 'e'.repeat(200)]) {
      for (const q of [null, '', 'son']) {
        expect(t.failure('tag_autocomplete', t.anonymous, { vocabulary_id, q }).__type).toBe('Not Found Error')
      }
    }
  })
})

describe('test_tag.py (older): tag_list and tag_show', () => {
  it('test_06a_tag_list: free tags in use, names or dicts with ids', () => {
    expect([...t.call('tag_list', t.anonymous, {})].sort()).toEqual(
      ['russian', 'tolstoy', flexible, 'tollbooth', 'tolkien', 'toledo', 'tolerance'].sort(),
    )
    const dicts = t.call('tag_list', t.anonymous, { all_fields: true })
    expect(dicts.map((tag: any) => tag.name)).toContain('russian')
    for (const tag of dicts) expect(tag).toHaveProperty('id')
  })
  it('test_06b_tag_list_vocab: a vocabulary by name lists a new tag_create tag; an unknown one 404s', () => {
    const vocabulary = t.call('vocabulary_create', t.sysadmin, { name: 'test-vocab' })
    t.call('tag_create', t.sysadmin, { name: 'test-vocab-tag', vocabulary_id: vocabulary.id })
    expect(t.call('tag_list', t.anonymous, { vocabulary_id: 'test-vocab' })).toEqual(['test-vocab-tag'])
    expect(t.failure('tag_list', t.anonymous, { vocabulary_id: 'invalid-vocab-name' }).__type).toBe('Not Found Error')
  })
  it('test_07_tag_show / test_07_flexible_tag_show: by name, with its datasets', () => {
    for (const id of ['russian', flexible]) {
      const tag = t.call('tag_show', t.anonymous, { id, include_datasets: true })
      expect(tag.name).toBe(id)
      expect(tag).toHaveProperty('id')
      expect(tag.packages.map((p: any) => p.name).sort()).toEqual(['annakarenina', 'warandpeace'])
    }
  })
  it('test_07_tag_show_unknown_license: the dataset keeps its license_id and is not open', () => {
    const other = testEngine()
    const org = other.call('organization_create', other.sysadmin, { name: 'home' })
    other.call('package_create', other.sysadmin, {
      name: 'tag_test', owner_org: org.id, tags: [{ name: 'tolstoy' }], license_id: 'never_heard_of_it',
    })
    const [shown] = other.call('tag_show', other.anonymous, { id: 'tolstoy', include_datasets: true }).packages
    expect(shown.license_id).toBe('never_heard_of_it')
    expect(shown.isopen).toBe(false)
    other.close()
  })
})

describe('test_tag_vocab.py: TestVocabFacets', () => {
  it('test_vocab_facets: vocabulary tags facet as vocab_<name>, not as tags', () => {
    const other = testEngine()
    const org = other.call('organization_create', other.sysadmin, { name: 'home' })
    const vocabulary = other.call('vocabulary_create', other.sysadmin, { name: 'test-vocab', tags: [{ name: 'tag1' }, { name: 'tag2' }] })
    other.call('package_create', other.sysadmin, {
      name: 'warandpeace', owner_org: org.id,
      tags: [{ name: 'russian' }, { name: 'tag1', vocabulary_id: vocabulary.id }, { name: 'tag2', vocabulary_id: vocabulary.id }],
    })
    const result = other.call('package_search', other.anonymous, {
      q: 'warandpeace', facet: 'true', 'facet.field': ['groups', 'tags', 'vocab_test-vocab'], 'facet.limit': '50', 'facet.mincount': 1,
    })
    const facetTags = result.search_facets.tags.items.map((item: any) => item.name)
    expect(facetTags.length).toBeGreaterThan(0)
    expect(facetTags).not.toContain('tag1')
    expect(facetTags).not.toContain('tag2')
    const vocabularyTags = result.search_facets['vocab_test-vocab'].items.map((item: any) => item.name)
    expect(vocabularyTags).toContain('tag1')
    expect(vocabularyTags).toContain('tag2')
    // test_vocab_facets_searchable
    const found = other.call('package_search', other.anonymous, { q: 'tag1', facet: 'false' })
    expect(found.count).toBe(1)
    expect(found.results[0].name).toBe('warandpeace')
    other.close()
  })
})
