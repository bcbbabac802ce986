import { existsSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'
import { exchangesDir, seedDataset } from '../../groups/seed.ts'

let t: TestEngine
afterEach(() => t?.close())

describe('member_create', () => {
  it('adds a user to an organization and returns the member row (017)', () => {
    t = testEngine()
    const org = t.call('organization_create', t.sysadmin, { name: 'org-a' })
    const editor = t.user('editor')
    const row = t.call('member_create', t.sysadmin, { id: 'org-a', object: 'editor', object_type: 'user', capacity: 'editor' })
    expect(row).toEqual({ id: row.id, table_name: 'user', table_id: editor.user!.id, capacity: 'editor', group_id: org.id, state: 'active' })
  })

  it.skipIf(!existsSync(exchangesDir))('puts a dataset into a group with the key set of 059', () => {
    t = testEngine()
    const recorded = JSON.parse(readFileSync(new URL('059-member_create-dataset-into-group.json', exchangesDir), 'utf8'))
    const group = t.call('group_create', t.sysadmin, { name: 'topic' })
    const id = seedDataset(t, { name: 'rivers' })
    const row = t.call('member_create', t.sysadmin, { id: 'topic', object: 'rivers', object_type: 'package', capacity: 'public' })
    expect(Object.keys(row)).toEqual(Object.keys(recorded.response.body.result))
    expect(row).toMatchObject({ table_name: 'package', table_id: id, capacity: 'public', group_id: group.id, state: 'active' })
  })

  it('updates the capacity of an existing membership (an upsert)', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    t.user('ed')
    const first = t.call('member_create', t.sysadmin, { id: 'org-a', object: 'ed', object_type: 'user', capacity: 'member' })
    const second = t.call('member_create', t.sysadmin, { id: 'org-a', object: 'ed', object_type: 'user', capacity: 'editor' })
    expect(second).toEqual({ ...first, capacity: 'editor' })
  })

  it('lets any member of a group add datasets to it', () => {
    t = testEngine()
    t.call('group_create', t.sysadmin, { name: 'topic' })
    const mo = t.user('mo')
    t.call('group_member_create', t.sysadmin, { id: 'topic', username: 'mo', role: 'member' })
    seedDataset(t, { name: 'rivers' })
    expect(t.call('member_create', mo, { id: 'topic', object: 'rivers', object_type: 'package', capacity: 'public' }).capacity).toBe('public')
  })

  it('keeps users for admins: a group member may not add users, an org editor may not add datasets', () => {
    t = testEngine()
    const group = t.call('group_create', t.sysadmin, { name: 'topic' })
    const org = t.call('organization_create', t.sysadmin, { name: 'org-a' })
    const mo = t.user('mo')
    t.user('other')
    t.call('group_member_create', t.sysadmin, { id: 'topic', username: 'mo', role: 'member' })
    t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'mo', role: 'editor' })
    seedDataset(t, { name: 'rivers' })
    expect(t.failure('member_create', mo, { id: 'topic', object: 'other', object_type: 'user', capacity: 'member' })).toEqual({
      __type: 'Authorization Error',
      message: `Access denied: User mo not authorized to edit group ${group.id}`,
    })
    expect(t.failure('member_create', mo, { id: 'org-a', object: 'rivers', object_type: 'package', capacity: 'public' }).message).toBe(
      `Access denied: User mo not authorized to edit group ${org.id}`,
    )
  })

  it('refuses an admin lowering their own capacity', () => {
    t = testEngine()
    const alice = t.user('alice')
    t.call('organization_create', alice, { name: 'org-a' })
    expect(t.failure('member_create', alice, { id: 'org-a', object: 'alice', object_type: 'user', capacity: 'member' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Administrators cannot revoke their own admin status',
    })
  })

  it('reports missing keys together', () => {
    t = testEngine()
    expect(t.failure('member_create', t.sysadmin, { id: 'x' })).toEqual({
      __type: 'Validation Error',
      object: ['Missing value'],
      object_type: ['Missing value'],
      capacity: ['Missing value'],
    })
  })

  it('answers 404 for an unknown group or object, before auth', () => {
    t = testEngine()
    t.call('group_create', t.sysadmin, { name: 'topic' })
    const params = { object: 'ghost', object_type: 'user', capacity: 'member' }
    expect(t.failure('member_create', t.anonymous, { id: 'nope', ...params })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Group was not found.',
    })
    expect(t.failure('member_create', t.sysadmin, { id: 'topic', ...params }).message).toBe('Not found: User was not found.')
    expect(t.failure('member_create', t.sysadmin, { id: 'topic', ...params, object_type: 'package' }).message).toBe(
      'Not found: Package was not found.',
    )
  })

  it("refuses an unknown object type as CKAN's model lookup does", () => {
    t = testEngine()
    t.call('group_create', t.sysadmin, { name: 'topic' })
    expect(t.failure('member_create', t.sysadmin, { id: 'topic', object: 'x', object_type: 'widget', capacity: 'member' })).toEqual({
      __type: 'Validation Error',
      message: "Widget isn't a valid model",
    })
  })

  it('refuses an anonymous caller once the objects exist', () => {
    t = testEngine()
    t.call('group_create', t.sysadmin, { name: 'topic' })
    seedDataset(t, { name: 'rivers' })
    expect(t.failure('member_create', t.anonymous, { id: 'topic', object: 'rivers', object_type: 'package', capacity: 'public' }).message).toBe(
      'Access denied: Action member_create requires an authenticated user',
    )
  })
})
