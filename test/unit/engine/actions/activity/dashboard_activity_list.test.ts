import { describe, expect, it } from 'vitest'
import { catalogToFollow } from '../follow/follow-fixtures.ts'

/** "type:name" per activity; a user activity (its data is empty) names its user by id. */
const summary = (list: any[]) => list.map((a) => `${a.activity_type}:${a.data.package?.name ?? a.data.group?.name ?? a.object_id}`)

describe('dashboard_activity_list', () => {
  it('lists the caller\'s own activity, never new', () => {
    const { t, alice } = catalogToFollow()
    t.call('user_patch', alice, { id: 'alice', fullname: 'Alice' })
    const list = t.call('dashboard_activity_list', alice)
    expect(summary(list)).toEqual([`changed user:${alice.user!.id}`])
    expect(Object.keys(list[0])).toEqual(['id', 'timestamp', 'user_id', 'object_id', 'activity_type', 'data', 'is_new'])
    expect(list[0].is_new).toBe(false)
    t.close()
  })

  it('adds what followed users did, followed datasets and followed groups\' datasets, newest first', () => {
    const { t, alice, bob } = catalogToFollow()
    t.call('follow_user', alice, { id: 'bob' })
    t.call('follow_dataset', alice, { id: 'open-data' })
    t.call('follow_group', alice, { id: 'water-group' })
    t.call('user_patch', bob, { id: 'bob', about: 'hello' })
    t.call('package_patch', t.sysadmin, { id: 'open-data', notes: 'edited' })
    t.call('package_patch', t.sysadmin, { id: 'secret-data', notes: 'not followed' })
    t.call('member_create', t.sysadmin, { id: 'water-group', object: 'secret-data', object_type: 'package', capacity: 'public' })
    const inGroup = t.call('package_create', t.sysadmin, { name: 'grouped', owner_org: 'rivers-org', groups: [{ name: 'water-group' }] })
    expect(summary(t.call('dashboard_activity_list', alice))).toEqual([
      'new package:grouped',
      'changed package:open-data',
      `changed user:${bob.user!.id}`,
      'new package:open-data',
      'new group:water-group',
    ])
    expect(inGroup.groups[0].name).toBe('water-group')
    t.close()
  })

  it('shows a followed organization\'s private datasets only to those who may read them', () => {
    const { t, alice, carol } = catalogToFollow()
    t.call('follow_group', alice, { id: 'rivers-org' })
    t.call('follow_group', carol, { id: 'rivers-org' })
    t.call('package_patch', t.sysadmin, { id: 'secret-data', notes: 'hidden edit' })
    expect(summary(t.call('dashboard_activity_list', alice))).toEqual(['new package:open-data', 'new organization:rivers-org'])
    expect(summary(t.call('dashboard_activity_list', carol))).toEqual([
      'changed package:secret-data',
      'new package:secret-data',
      'new package:open-data',
      'new organization:rivers-org',
    ])
    t.close()
  })

  it('never shows a followed user\'s work on a private dataset to someone who cannot read it', () => {
    const { t, alice, carol } = catalogToFollow()
    t.call('organization_member_create', t.sysadmin, { id: 'rivers-org', username: 'carol', role: 'editor' })
    t.call('follow_user', alice, { id: 'carol' })
    t.call('follow_dataset', alice, { id: 'secret-data' })
    t.call('package_patch', carol, { id: 'secret-data', notes: 'private work' })
    t.call('package_patch', carol, { id: 'open-data', notes: 'public work' })
    expect(summary(t.call('dashboard_activity_list', alice))).toEqual(['changed package:open-data'])
    expect(summary(t.call('dashboard_activity_list', carol))[0]).toBe('changed package:open-data')
    t.close()
  })

  it('drops what is no longer followed, and followed datasets once deleted', () => {
    const { t, alice } = catalogToFollow()
    t.call('follow_dataset', alice, { id: 'open-data' })
    t.call('follow_group', alice, { id: 'water-group' })
    t.call('unfollow_group', alice, { id: 'water-group' })
    expect(summary(t.call('dashboard_activity_list', alice))).toEqual(['new package:open-data'])
    t.call('package_delete', t.sysadmin, { id: 'open-data' })
    expect(t.call('dashboard_activity_list', alice)).toEqual([])
    t.close()
  })

  it('marks others\' activity new until the dashboard is marked seen', () => {
    const { t, alice } = catalogToFollow()
    t.call('follow_dataset', alice, { id: 'open-data' })
    // Until first marked, the dashboard counts as seen when the account was made, before the dataset.
    expect(t.call('dashboard_activity_list', alice).map((a: any) => a.is_new)).toEqual([true])
    const older = t.user('dora')
    t.call('follow_dataset', older, { id: 'open-data' })
    expect(t.call('dashboard_activity_list', older).map((a: any) => a.is_new)).toEqual([false])
    t.call('dashboard_mark_activities_old', alice)
    t.call('package_patch', t.sysadmin, { id: 'open-data', notes: 'one' })
    expect(t.call('dashboard_activity_list', alice).map((a: any) => a.is_new)).toEqual([true, false])
    expect(t.call('dashboard_mark_activities_old', alice)).toBeNull()
    expect(t.call('dashboard_activity_list', alice).map((a: any) => a.is_new)).toEqual([false, false])
    t.call('package_patch', t.sysadmin, { id: 'open-data', notes: 'two' })
    expect(t.call('dashboard_activity_list', alice).map((a: any) => a.is_new)).toEqual([true, false, false])
    t.close()
  })

  it('pages with offset, limit, before and after as the other activity lists', () => {
    const { t, alice } = catalogToFollow()
    t.call('follow_dataset', alice, { id: 'open-data' })
    for (const notes of ['a', 'b', 'c']) t.call('package_patch', t.sysadmin, { id: 'open-data', notes })
    const all = t.call('dashboard_activity_list', alice)
    expect(all).toHaveLength(4)
    expect(t.call('dashboard_activity_list', alice, { limit: 2, offset: 1 }).map((a: any) => a.id)).toEqual([all[1].id, all[2].id])
    expect(t.call('dashboard_activity_list', alice, { before: all[1].timestamp }).map((a: any) => a.id)).toEqual([all[2].id, all[3].id])
    expect(t.call('dashboard_activity_list', alice, { after: all[3].timestamp, limit: 1 }).map((a: any) => a.id)).toEqual([all[2].id])
    expect(t.failure('dashboard_activity_list', alice, { limit: 'x' })).toEqual({ limit: ['Invalid integer'], __type: 'Validation Error' })
    expect(t.failure('dashboard_activity_list', alice, { offset: -1 })).toEqual({ offset: ['Must be a natural number'], __type: 'Validation Error' })
    t.close()
  })

  it('refuses an anonymous caller with CKAN\'s message', () => {
    const { t } = catalogToFollow()
    expect(t.failure('dashboard_activity_list', t.anonymous)).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: You must be logged in to access your dashboard.',
    })
    t.close()
  })

  it('checks the paging parameters before refusing an anonymous caller, as CKAN\'s schema decorator runs first', () => {
    const { t } = catalogToFollow()
    expect(t.failure('dashboard_activity_list', t.anonymous, { limit: 'x' })).toEqual({ limit: ['Invalid integer'], __type: 'Validation Error' })
    // dashboard_new_activities_count has no schema of its own: its auth comes first.
    expect(t.failure('dashboard_new_activities_count', t.anonymous, { limit: 'x' }).__type).toBe('Authorization Error')
    t.close()
  })
})

describe('dashboard_new_activities_count', () => {
  it('counts the new activities on one page of the dashboard, the caller\'s own left out', () => {
    const { t, alice } = catalogToFollow()
    t.call('follow_dataset', alice, { id: 'open-data' })
    for (const notes of ['a', 'b', 'c']) t.call('package_patch', t.sysadmin, { id: 'open-data', notes })
    t.call('user_patch', alice, { id: 'alice', fullname: 'Alice' })
    expect(t.call('dashboard_new_activities_count', alice)).toBe(4)
    expect(t.call('dashboard_new_activities_count', alice, { limit: 2 })).toBe(1)
    t.call('dashboard_mark_activities_old', alice)
    expect(t.call('dashboard_new_activities_count', alice)).toBe(0)
    t.close()
  })

  it('refuses an anonymous caller with the dashboard\'s message, and bad paging as the list does', () => {
    const { t, alice } = catalogToFollow()
    expect(t.failure('dashboard_new_activities_count', t.anonymous).message).toBe('Access denied: You must be logged in to access your dashboard.')
    expect(t.failure('dashboard_new_activities_count', alice, { limit: 'x' })).toEqual({ limit: ['Invalid integer'], __type: 'Validation Error' })
    t.close()
  })
})

describe('dashboard_mark_activities_old', () => {
  it('refuses an anonymous caller as CKAN\'s auth does for actions that need a user', () => {
    const { t } = catalogToFollow()
    expect(t.failure('dashboard_mark_activities_old', t.anonymous)).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action dashboard_mark_activities_old requires an authenticated user',
    })
    t.close()
  })

  it('records no activity', () => {
    const { t, alice } = catalogToFollow()
    const count = () => (t.engine.db.prepare('SELECT count(*) AS n FROM activities').get() as { n: number }).n
    const before = count()
    t.call('dashboard_mark_activities_old', alice)
    t.call('dashboard_mark_activities_old', alice)
    expect(count()).toBe(before)
    t.close()
  })
})
