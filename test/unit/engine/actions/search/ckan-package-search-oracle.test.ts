/**
 * CKAN 2.10's ckan/tests/logic/action/test_get.py TestPackageSearch (and
 * TestBadLimitQueryParameters' package_search case) restated against
 * Shelfmark's package_search.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Caller } from '../../../../../electron/engine/engine.ts'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

let t: TestEngine
let user: Caller & { user?: any }
let other: Caller & { user?: any }
beforeEach(() => {
  t = testEngine()
  user = t.user('user')
  other = t.user('other')
  t.call('organization_create', t.sysadmin, { name: 'org', users: [{ name: 'user', capacity: 'admin' }] })
  t.call('organization_create', t.sysadmin, { name: 'org2', users: [{ name: 'other', capacity: 'admin' }] })
})
afterEach(() => t.close())

let serial = 0
/**
 * A dataset the caller creates; a state is then set by the caller's package_patch (CKAN's factories create
 * with ignore_auth, which keeps a state; package_create drops it for anyone but sysadmins).
 */
const dataset = (params: Record<string, unknown> = {}, caller: Caller = user) => {
  const { state, ...rest } = params
  const created = t.call('package_create', caller, { name: `ds-${++serial}`, owner_org: caller === other ? 'org2' : 'org', ...rest })
  return state === undefined ? created : t.call('package_patch', caller, { id: created.id, state })
}
const search = (caller: Caller, params: Record<string, unknown> = {}) => t.call('package_search', caller, params)
const names = (caller: Caller, params: Record<string, unknown> = {}) =>
  (search(caller, { rows: 1000, ...params }).results as { name: string }[]).map((p) => p.name).sort()

/** The usual mix: active, deleted, draft and private datasets of user, and the other user's active and draft. */
function mix() {
  dataset({ name: 'dataset' })
  dataset({ name: 'other-dataset' }, other)
  dataset({ name: 'deleted-dataset', state: 'deleted' })
  dataset({ name: 'draft-dataset', state: 'draft' })
  dataset({ name: 'other-draft-dataset', state: 'draft' }, other)
  dataset({ name: 'private-dataset', private: true })
}

describe('TestPackageSearch', () => {
  it('test_search / test_search_all', () => {
    dataset({ title: 'Rivers' })
    dataset({ title: 'Lakes' })
    const result = search(t.anonymous, { q: 'rivers' })
    expect(result.count).toBe(1)
    expect(result.results[0].title).toBe('Rivers')
    expect(search(t.anonymous).count).toBe(2)
  })

  it('test_search_fl: a list or a comma-separated string of fields', () => {
    const d1 = dataset({ title: 'Rivers', name: 'test_ri' })
    dataset({ title: 'Lakes' })
    expect(search(t.anonymous, { q: 'rivers', fl: ['title', 'name'] }).results).toEqual([{ title: 'Rivers', name: 'test_ri' }])
    expect(search(t.anonymous, { q: 'rivers', fl: 'title,name' }).results).toEqual([{ title: 'Rivers', name: 'test_ri' }])
    expect(search(t.anonymous, { q: 'rivers', fl: ['id'] }).results).toEqual([{ id: d1.id }])
  })

  it('test_bad_action_parameter / test_bad_solr_parameter / test_local_parameters_not_supported: Search Errors', () => {
    // SearchError or its SearchQueryError subclass, as the test's pytest.raises(SearchError) allows.
    expect(t.failure('package_search', t.anonymous, { weird_param: 1 }).__type).toBe('Search Query Error')
    expect(t.failure('package_search', t.anonymous, { sort: 'metadata_modified' }).__type).toMatch(/^Search (Query )?Error$/)
    expect(t.failure('package_search', t.anonymous, { q: '{!child of="content_type:parentDoc"}' }).__type).toBe('Search Error')
  })

  it('test_rows_returned_default / test_rows_returned_limited', () => {
    for (let i = 0; i < 11; i++) dataset()
    expect(search(t.anonymous).results).toHaveLength(10)
    const small = testEngine({ config: { searchRowsMax: 3 } })
    small.call('organization_create', small.sysadmin, { name: 'oo' })
    for (let i = 0; i < 5; i++) small.call('package_create', small.sysadmin, { name: `r-${i}`, owner_org: 'oo' })
    expect(small.call('package_search', small.anonymous, { rows: '15' }).results).toHaveLength(3)
    small.close()
  })

  it('test_facets', () => {
    t.call('organization_create', t.sysadmin, { name: 'test-org-facet', title: 'Test Org' })
    dataset({ owner_org: 'test-org-facet' }, t.sysadmin)
    dataset({ owner_org: 'test-org-facet' }, t.sysadmin)
    const result = search(t.anonymous, { 'facet.field': ['organization'] })
    expect(result.count).toBe(2)
    expect(result.search_facets).toEqual({
      organization: { items: [{ count: 2, display_name: 'Test Org', name: 'test-org-facet' }], title: 'organization' },
    })
  })

  it('test_facet_limit / test_facet_no_limit', () => {
    t.call('group_create', t.sysadmin, { name: 'test-group-fl1', title: 'Test Group 1' })
    t.call('group_create', t.sysadmin, { name: 'test-group-fl2', title: 'Test Group 2' })
    dataset({ groups: [{ name: 'test-group-fl1' }, { name: 'test-group-fl2' }] }, t.sysadmin)
    dataset({ groups: [{ name: 'test-group-fl1' }] }, t.sysadmin)
    dataset({}, t.sysadmin)
    expect(search(t.anonymous, { 'facet.field': ['groups'], 'facet.limit': 1 }).search_facets).toEqual({
      groups: { items: [{ count: 2, display_name: 'Test Group 1', name: 'test-group-fl1' }], title: 'groups' },
    })
    expect(search(t.anonymous, { 'facet.field': ['groups'], 'facet.limit': -1 }).search_facets.groups.items).toHaveLength(2)
  })

  it('test_sort', () => {
    dataset({ name: 'test0' })
    dataset({ name: 'test1' })
    dataset({ name: 'test2' })
    expect(search(t.anonymous, { sort: 'metadata_created desc' }).results.map((p: any) => p.name)).toEqual(['test2', 'test1', 'test0'])
  })

  it('test_package_search_on_resource_name', () => {
    dataset({ resources: [{ url: 'http://x', name: 'resource_abc' }] })
    expect(search(t.anonymous, { q: 'resource_abc' }).results[0].resources[0].name).toBe('resource_abc')
  })

  it('test_package_search_excludes_private_and_drafts / _with_fq_excludes_private / _with_fq_excludes_drafts', () => {
    mix()
    expect(names(t.anonymous)).toEqual(['dataset', 'other-dataset'])
    expect(names(t.anonymous, { fq: 'capacity:private' })).toEqual([])
    expect(names(t.anonymous, { fq: 'state:draft' })).toEqual([])
  })

  it('include_drafts: ignored for anonymous callers, every draft for sysadmins, one\'s own for users; false leaves them out', () => {
    mix()
    expect(names(t.anonymous, { include_drafts: true })).toEqual(['dataset', 'other-dataset'])
    expect(names(t.sysadmin, { include_drafts: true })).toEqual(['dataset', 'draft-dataset', 'other-dataset', 'other-draft-dataset'])
    expect(names(t.sysadmin, { include_drafts: false })).toEqual(['dataset', 'other-dataset'])
    expect(names(user, { include_drafts: true })).toEqual(['dataset', 'draft-dataset', 'other-dataset'])
  })

  it('fq creator_user_id: another user\'s active datasets, their drafts only for sysadmins', () => {
    mix()
    expect(names(user, { fq: `creator_user_id:${other.user.id}` })).toEqual(['other-dataset'])
    expect(names(user, { fq: `(creator_user_id:${other.user.id} AND +state:draft)`, include_drafts: true })).toEqual([])
    expect(names(user, { fq: `creator_user_id:${other.user.id}`, include_drafts: true })).toEqual(['other-dataset'])
    expect(names(t.sysadmin, { fq: `(creator_user_id:${user.user.id} AND +state:draft)` })).toEqual(['draft-dataset'])
  })

  it('test_package_search_private_with_include_private (and other organizations\', and a sysadmin\'s)', () => {
    const deleted = dataset({ state: 'deleted' })
    dataset({ state: 'draft' })
    const mine = dataset({ private: true })
    expect(names(user, { include_private: true })).toEqual([mine.name])
    const theirs = dataset({ private: true }, other)
    expect(names(user, { include_private: true })).toEqual([mine.name])
    expect(names(t.sysadmin, { include_private: true })).toEqual([mine.name, theirs.name].sort())
    t.call('package_delete', t.sysadmin, { id: theirs.id })
    // The other organization's deleted private dataset stays hidden; the caller's own organization's deleted one shows.
    expect(names(user, { include_private: true, include_deleted: true })).toEqual([deleted.name, mine.name].sort())
    expect(names(t.sysadmin, { include_private: true, include_deleted: true })).toContain(theirs.name)
  })

  it('test_package_works_without_user_in_context', () => {
    expect(search(t.anonymous, { q: 'anything' }).count).toBe(0)
  })

  it('test_package_search_facet_field_is_json: facet.field that is no JSON list is a Validation Error', () => {
    expect(t.failure('package_search', t.anonymous, { 'facet.field': 'notjson' }).__type).toBe('Validation Error')
  })
})
