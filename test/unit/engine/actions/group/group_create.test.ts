import { afterEach, describe, expect, it } from 'vitest'
import { sql } from '../../../../../electron/engine/db/statements.ts'
import { testEngine, type TestEngine } from '../../../../helpers/test-engine.ts'
import { seedDataset } from '../../groups/seed.ts'

let t: TestEngine
afterEach(() => t?.close())

describe('group_create', () => {
  it('creates a group (019): type group, not an organization, creator admin', () => {
    t = testEngine()
    const group = t.call('group_create', t.sysadmin, { name: 'rec-group', title: 'Recorder Group', description: 'd' })
    expect(group).toMatchObject({ type: 'group', is_organization: false, name: 'rec-group', package_count: 0, num_followers: 0 })
    expect(group.users.map((u: any) => [u.name, u.capacity])).toEqual([['admin', 'admin']])
  })

  it('refuses an anonymous caller', () => {
    t = testEngine()
    expect(t.failure('group_create', t.anonymous, { name: 'g1' }).message).toBe(
      'Access denied: Action group_create requires an authenticated user',
    )
  })

  it('refuses users when user_create_groups is off, naming them by id as CKAN does', () => {
    t = testEngine({ config: { userCreateGroups: false } })
    const bob = t.user('bob')
    expect(t.failure('group_create', bob, { name: 'g1' }).message).toBe(
      `Access denied: User ${bob.user!.id} not authorized to create groups`,
    )
  })

  it('refuses type organization', () => {
    t = testEngine()
    expect(t.failure('group_create', t.sysadmin, { name: 'g1', type: 'organization' })).toEqual({
      __type: 'Validation Error',
      type: ['Trying to create an organization as a group'],
    })
  })

  it('shares the name space with organizations', () => {
    t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'shared' })
    expect(t.failure('group_create', t.sysadmin, { name: 'shared' }).name).toEqual(['Group name already exists in database'])
  })

  it('checks `packages`, `users` and `groups` entries as default_group_schema does', () => {
    t = testEngine()
    seedDataset(t, { name: 'rivers' })
    expect(t.failure('group_create', t.sysadmin, { name: 'w1', packages: [{ name: 'rivers' }, { id: 'nope' }, { id: 'rivers' }] })).toEqual({
      packages: [{ id: ['Missing value'] }, { id: ['Not found: Dataset'] }, {}], __type: 'Validation Error',
    })
    expect(t.failure('group_create', t.sysadmin, { name: 'w2', users: [{ id: 'admin' }] })).toEqual({
      users: [{ name: ['Missing value'] }], __type: 'Validation Error',
    })
    expect(t.failure('group_create', t.sysadmin, { name: 'w3', groups: [{ id: 'x' }] })).toEqual({
      groups: [{ name: ['Missing value'] }], __type: 'Validation Error',
    })
  })

  it('takes datasets from `packages`, by id or name', () => {
    t = testEngine()
    const id = seedDataset(t, { name: 'rivers' })
    const group = t.call('group_create', t.sysadmin, { name: 'water', packages: [{ id: 'rivers' }] })
    expect(group.package_count).toBe(1)
    expect(t.call('member_list', t.anonymous, { id: 'water', object_type: 'package' })).toEqual([[id, 'package', 'public']])
  })

  it('records a "new group" activity', () => {
    t = testEngine()
    const group = t.call('group_create', t.sysadmin, { name: 'act-group' })
    const row = sql(t.engine.db, 'SELECT activity_type FROM activities WHERE object_id = ?').get(group.id) as any
    expect(row.activity_type).toBe('new group')
  })
})
