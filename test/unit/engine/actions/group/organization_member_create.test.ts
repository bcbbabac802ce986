import { existsSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'
import { exchangesDir } from '../../groups/seed.ts'

let t: TestEngine
afterEach(() => t?.close())

describe('organization_member_create', () => {
  it.skipIf(!existsSync(exchangesDir))('returns the member row as 017', () => {
    t = testEngine()
    const recorded = JSON.parse(readFileSync(new URL('017-organization_member_create-editor.json', exchangesDir), 'utf8'))
    const org = t.call('organization_create', t.sysadmin, { name: 'org-a' })
    const ed = t.user('ed')
    const row = t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'ed', role: 'editor' })
    expect(Object.keys(row)).toEqual(Object.keys(recorded.response.body.result))
    expect(row).toMatchObject({ table_name: 'user', table_id: ed.user!.id, capacity: 'editor', group_id: org.id, state: 'active' })
  })

  it('changes the role of an existing member, by user id too', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    const ed = t.user('ed')
    t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'ed', role: 'member' })
    t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: ed.user!.id, role: 'admin' })
    expect(t.call('member_list', t.sysadmin, { id: 'org-a', object_type: 'user', capacity: 'admin' })).toHaveLength(2)
  })

  it('lets an org admin add members, and the new member see private datasets', () => {
    t = testEngine()
    const alice = t.user('alice')
    t.call('organization_create', alice, { name: 'org-a' })
    const mia = t.user('mia')
    t.call('organization_member_create', alice, { id: 'org-a', username: 'mia', role: 'member' })
    expect(t.call('organization_list_for_user', mia).map((o: any) => [o.name, o.capacity])).toEqual([['org-a', 'member']])
  })

  it('reports CKAN member_schema messages', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    expect(t.failure('organization_member_create', t.sysadmin, { id: 'nope', username: 'ghost', role: 'boss' })).toEqual({
      __type: 'Validation Error',
      id: ['That group name or ID does not exist.'],
      username: ['Not found: User'],
      role: ['role does not exist.'],
    })
    expect(t.failure('organization_member_create', t.sysadmin, { id: 'org-a' })).toEqual({
      __type: 'Validation Error',
      username: ['Missing value'],
      role: ['Missing value'],
    })
  })

  it('refuses an editor, an outsider and an anonymous caller', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    const ed = t.user('ed')
    t.user('zoe')
    t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'ed', role: 'editor' })
    expect(t.failure('organization_member_create', ed, { id: 'org-a', username: 'zoe', role: 'member' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: User ed not authorized to add members',
    })
    expect(t.failure('organization_member_create', t.anonymous, { id: 'org-a', username: 'zoe', role: 'member' }).message).toBe(
      'Access denied: Action organization_member_create requires an authenticated user',
    )
  })

  it('refuses an admin demoting themself', () => {
    t = testEngine()
    const alice = t.user('alice')
    t.call('organization_create', alice, { name: 'org-a' })
    expect(t.failure('organization_member_create', alice, { id: 'org-a', username: 'alice', role: 'editor' }).message).toBe(
      'Access denied: Administrators cannot revoke their own admin status',
    )
  })
})

describe('group_member_create', () => {
  it('adds a user to a group', () => {
    t = testEngine()
    const group = t.call('group_create', t.sysadmin, { name: 'topic' })
    t.user('mo')
    expect(t.call('group_member_create', t.sysadmin, { id: 'topic', username: 'mo', role: 'member' })).toMatchObject({
      group_id: group.id,
      capacity: 'member',
    })
  })
})
