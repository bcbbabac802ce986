import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'
import { seedDataset } from '../../groups/seed.ts'

let t: TestEngine
afterEach(() => t?.close())

describe('member_delete', () => {
  it('removes a dataset from a group; a group member may do it', () => {
    t = testEngine()
    const id = seedDataset(t, { name: 'rivers' })
    t.call('group_create', t.sysadmin, { name: 'topic', packages: [{ id }] })
    const mo = t.user('mo')
    t.call('group_member_create', t.sysadmin, { id: 'topic', username: 'mo', role: 'member' })
    expect(t.call('member_delete', mo, { id: 'topic', object: 'rivers', object_type: 'package' })).toBeNull()
    expect(t.call('member_list', t.anonymous, { id: 'topic', object_type: 'package' })).toEqual([])
  })

  it('is quiet when there is no such membership', () => {
    t = testEngine()
    seedDataset(t, { name: 'rivers' })
    t.call('group_create', t.sysadmin, { name: 'topic' })
    expect(t.call('member_delete', t.sysadmin, { id: 'topic', object: 'rivers', object_type: 'package' })).toBeNull()
  })

  it('refuses a non-admin removing a user, and reports missing keys and unknown objects', () => {
    t = testEngine()
    const group = t.call('group_create', t.sysadmin, { name: 'topic' })
    const mo = t.user('mo')
    t.call('group_member_create', t.sysadmin, { id: 'topic', username: 'mo', role: 'member' })
    expect(t.failure('member_delete', mo, { id: 'topic', object: 'admin', object_type: 'user' }).message).toBe(
      `Access denied: User mo not authorized to edit group ${group.id}`,
    )
    expect(t.failure('member_delete', t.sysadmin, { id: 'topic' })).toEqual({
      __type: 'Validation Error',
      object: ['Missing value'],
      object_type: ['Missing value'],
    })
    expect(t.failure('member_delete', t.sysadmin, { id: 'topic', object: 'ghost', object_type: 'user' }).message).toBe(
      'Not found: User was not found.',
    )
  })
})

describe('organization_member_delete / group_member_delete', () => {
  it('removes a user by username or user_id', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    const ed = t.user('ed')
    t.user('mo')
    t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'ed', role: 'editor' })
    t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'mo', role: 'member' })
    expect(t.call('organization_member_delete', t.sysadmin, { id: 'org-a', username: 'ed' })).toBeNull()
    expect(t.call('organization_member_delete', t.sysadmin, { id: 'org-a', user_id: 'mo' })).toBeNull()
    expect(t.call('member_list', t.sysadmin, { id: 'org-a', object_type: 'user' }).map((m: any) => m[0])).toEqual([
      t.sysadmin.user!.id,
    ])
    expect(t.call('organization_list_for_user', ed)).toEqual([])
  })

  it('lets an admin remove the last admin, themself included', () => {
    t = testEngine()
    const alice = t.user('alice')
    t.call('group_create', alice, { name: 'topic' })
    expect(t.call('group_member_delete', alice, { id: 'topic', username: 'alice' })).toBeNull()
    expect(t.call('group_show', t.anonymous, { id: 'topic' }).users).toEqual([])
  })

  it('refuses non-admins and anonymous callers; 404s for unknown group or user', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    const ed = t.user('ed')
    t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'ed', role: 'editor' })
    expect(t.failure('organization_member_delete', ed, { id: 'org-a', username: 'admin' }).__type).toBe('Authorization Error')
    expect(t.failure('organization_member_delete', t.anonymous, { id: 'org-a', username: 'ed' }).message).toBe(
      'Access denied: Action organization_member_delete requires an authenticated user',
    )
    expect(t.failure('organization_member_delete', t.sysadmin, { id: 'nope', username: 'ed' }).message).toBe(
      'Not found: Group was not found.',
    )
    expect(t.failure('organization_member_delete', t.sysadmin, { id: 'org-a' }).message).toBe('Not found: User was not found.')
  })
})
