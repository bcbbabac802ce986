/**
 * Which error CKAN 2.10 answers first when a request has more than one thing
 * wrong with it, for the group actions whose checks do not simply run
 * lookup, then auth.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'

let t: TestEngine
afterEach(() => t?.close())

describe('organization_purge and group_purge', () => {
  it('tell an anonymous caller the action needs a user, after the lookup', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org1' })
    t.call('group_create', t.sysadmin, { name: 'grp1' })
    expect(t.failure('organization_purge', t.anonymous, { id: 'org1' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action organization_purge requires an authenticated user',
    })
    expect(t.failure('group_purge', t.anonymous, { id: 'grp1' }).message).toBe(
      'Access denied: Action group_purge requires an authenticated user',
    )
    expect(t.failure('group_purge', t.anonymous, { id: 'nope' }).message).toBe('Not found: Group was not found')
    // Any other non-sysadmin still gets the bare refusal.
    expect(t.failure('group_purge', t.user('bob'), { id: 'grp1' }).message).toBe('Access denied')
  })
})

describe('organization_patch and group_patch', () => {
  it('check their own auth first: an anonymous caller is refused before any lookup', () => {
    t = testEngine()
    for (const params of [{ id: 'nope' }, {}]) {
      expect(t.failure('organization_patch', t.anonymous, params)).toEqual({
        __type: 'Authorization Error',
        message: 'Access denied: Action organization_patch requires an authenticated user',
      })
    }
  })

  it("answer a user's missing id and unknown group as the auth function fails to load the group", () => {
    t = testEngine()
    const bob = t.user('bob')
    expect(t.failure('group_patch', bob, {})).toEqual({
      __type: 'Validation Error',
      message: 'Missing id, can not get Group object',
    })
    expect(t.failure('group_patch', bob, { id: '' }).message).toBe('Missing id, can not get Group object')
    expect(t.failure('group_patch', bob, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
  })

  it("answer a sysadmin (who skips auth) with *_show's errors", () => {
    t = testEngine()
    expect(t.failure('organization_patch', t.sysadmin, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    for (const id of ['nope', '', null]) {
      expect(t.failure('organization_patch', t.sysadmin, { id })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    }
  })

  it('find no group of the other kind, after the auth check, and change nothing', () => {
    t = testEngine()
    const alice = t.user('alice')
    const group = t.call('group_create', alice, { name: 'grp1', title: 'Kept' })
    const org = t.call('organization_create', alice, { name: 'org1' })
    expect(t.failure('organization_patch', alice, { id: 'grp1', title: 'Changed' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found',
    })
    expect(t.failure('group_patch', t.sysadmin, { id: 'org1', title: 'Changed' }).message).toBe('Not found')
    expect(t.call('group_show', t.sysadmin, { id: 'grp1' }).title).toBe('Kept')
    // The auth check comes first, with organization_update's message whatever the row is.
    expect(t.failure('organization_patch', t.user('bob'), { id: 'grp1' }).message).toBe(
      `Access denied: User bob not authorized to edit organization ${group.id}`,
    )
    expect(t.failure('group_patch', t.user('carol'), { id: 'org1' }).message).toBe(
      `Access denied: User carol not authorized to edit group ${org.id}`,
    )
  })
})

describe('the auth messages of update and delete', () => {
  it("name the action's kind, as CKAN's organization_* and group_* auth functions do", () => {
    t = testEngine()
    const group = t.call('group_create', t.sysadmin, { name: 'grp1' })
    const bob = t.user('bob')
    expect(t.failure('organization_update', bob, { id: 'grp1' }).message).toBe(
      `Access denied: User bob not authorized to edit organization ${group.id}`,
    )
    expect(t.failure('organization_delete', bob, { id: 'grp1' }).message).toBe(
      `Access denied: User bob not authorized to delete organization ${group.id}`,
    )
  })
})

describe('organization_show and group_show', () => {
  it('read their flags before the lookup: an unreadable one is a 409 even for a missing group', () => {
    t = testEngine()
    for (const action of ['organization_show', 'group_show']) {
      expect(t.failure(action, t.anonymous, { id: 'nope', include_tags: 'maybe' })).toEqual({
        __type: 'Validation Error',
        message: 'Parameter is not an bool',
      })
    }
    // The id is still checked first, and a readable flag leaves the 404.
    expect(t.failure('group_show', t.anonymous, { include_tags: 'maybe' })).toEqual({
      __type: 'Validation Error',
      id: ['Missing value'],
    })
    expect(t.failure('group_show', t.anonymous, { id: 'nope', include_tags: 'false' }).__type).toBe('Not Found Error')
  })
})

describe('group_package_show', () => {
  it("applies group_show's rule to the request as sent (users asked for while user details are private)", () => {
    t = testEngine({ config: { publicUserDetails: false } })
    const group = t.call('group_create', t.sysadmin, { name: 'grp1' })
    expect(t.call('group_package_show', t.anonymous, { id: 'grp1' })).toEqual([])
    expect(t.failure('group_package_show', t.anonymous, { id: 'grp1', include_users: 'true' })).toEqual({
      __type: 'Authorization Error',
      message: `Access denied: User  not authorized to read group ${group.id}`,
    })
  })
})

describe('organization_list and group_list with all_fields', () => {
  it("run *_show's auth on each entry: users asked for while user details are private take membership", () => {
    t = testEngine({ config: { publicUserDetails: false } })
    const alice = t.user('alice')
    const org = t.call('organization_create', alice, { name: 'org1' })
    expect(t.failure('organization_list', t.anonymous, { all_fields: true, include_users: true })).toEqual({
      __type: 'Authorization Error',
      message: `Access denied: User  not authorized to read group ${org.id}`,
    })
    // A bad flag is the 409 first, as *_show reads its flags before its auth.
    expect(t.failure('organization_list', t.anonymous, { all_fields: true, include_users: true, include_tags: 'maybe' }).message).toBe(
      'Parameter is not an bool',
    )
    expect(t.call('organization_list', alice, { all_fields: true, include_users: true })[0].users).toHaveLength(1)
    expect(t.call('organization_list', t.anonymous, { all_fields: true })[0]).not.toHaveProperty('users')
  })
})
