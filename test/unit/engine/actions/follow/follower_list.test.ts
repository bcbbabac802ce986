import { describe, expect, it } from 'vitest'
import { catalogToFollow } from './follow-fixtures.ts'

describe('user_/dataset_/group_/organization_follower_list', () => {
  it('lists the followers to a sysadmin, sorted by name, without email', () => {
    const { t, alice, bob, carol } = catalogToFollow()
    t.call('follow_dataset', carol, { id: 'open-data' })
    t.call('follow_dataset', alice, { id: 'open-data' })
    t.call('follow_user', bob, { id: 'alice' })
    t.call('follow_group', bob, { id: 'rivers-org' })
    const list = t.call('dataset_follower_list', t.sysadmin, { id: 'open-data' })
    expect(list.map((u: any) => u.name)).toEqual(['alice', 'carol'])
    expect(list[0]).not.toHaveProperty('email')
    expect(list[0]).not.toHaveProperty('apikey')
    expect(list[0]).toMatchObject({ id: alice.user!.id, display_name: 'alice', state: 'active' })
    expect(t.call('user_follower_list', t.sysadmin, { id: 'alice' }).map((u: any) => u.name)).toEqual(['bob'])
    expect(t.call('organization_follower_list', t.sysadmin, { id: 'rivers-org' }).map((u: any) => u.name)).toEqual(['bob'])
    expect(t.call('group_follower_list', t.sysadmin, { id: 'water-group' })).toEqual([])
    t.close()
  })

  it('refuses everyone but sysadmins with "Not authorized", before looking at the id', () => {
    const { t, alice } = catalogToFollow()
    for (const action of ['user_follower_list', 'dataset_follower_list', 'group_follower_list', 'organization_follower_list']) {
      expect(t.failure(action, alice, { id: 'nope' })).toEqual({ __type: 'Authorization Error', message: 'Access denied: Not authorized' })
      expect(t.failure(action, t.anonymous, { id: 'nope' }).message).toBe('Access denied: Not authorized')
    }
    expect(t.failure('dataset_follower_list', t.sysadmin, { id: 'nope' })).toEqual({ id: ['Not found: Dataset'], __type: 'Validation Error' })
    t.close()
  })
})

describe('*_follower_count', () => {
  it('counts for anyone; deleted followers and deleted objects count nothing', () => {
    const { t, alice, bob } = catalogToFollow()
    t.call('follow_dataset', alice, { id: 'open-data' })
    t.call('follow_dataset', bob, { id: 'open-data' })
    expect(t.call('dataset_follower_count', t.anonymous, { id: 'open-data' })).toBe(2)
    t.call('user_delete', t.sysadmin, { id: 'bob' })
    expect(t.call('dataset_follower_count', t.anonymous, { id: 'open-data' })).toBe(1)
    t.call('package_delete', t.sysadmin, { id: 'open-data' })
    expect(t.call('dataset_follower_count', t.anonymous, { id: 'open-data' })).toBe(0)
    expect(t.call('am_following_dataset', alice, { id: 'open-data' })).toBe(false)
    t.close()
  })

  it('reports an unknown id', () => {
    const { t } = catalogToFollow()
    expect(t.failure('user_follower_count', t.anonymous, { id: 'nope' })).toEqual({ id: ['Not found: User'], __type: 'Validation Error' })
    expect(t.failure('group_follower_count', t.anonymous, {})).toEqual({ id: ['Missing value'], __type: 'Validation Error' })
    t.close()
  })
})

describe('purges', () => {
  it('take the follower rows of a purged dataset or group with them', () => {
    const { t, alice } = catalogToFollow()
    t.call('follow_dataset', alice, { id: 'open-data' })
    t.call('follow_group', alice, { id: 'water-group' })
    t.call('dataset_purge', t.sysadmin, { id: 'open-data' })
    t.call('group_purge', t.sysadmin, { id: 'water-group' })
    const rows = (table: string) => (t.engine.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    expect(rows('user_following_dataset')).toBe(0)
    expect(rows('user_following_group')).toBe(0)
    t.close()
  })
})
