import { describe, expect, it } from 'vitest'
import { catalogToFollow } from './follow-fixtures.ts'

describe('follow_user', () => {
  it('records the following and returns it as CKAN does', () => {
    const { t, alice } = catalogToFollow()
    const bob = t.call('user_show', t.anonymous, { id: 'bob' })
    const result = t.call('follow_user', alice, { id: 'bob' })
    expect(Object.keys(result)).toEqual(['follower_id', 'object_id', 'datetime'])
    expect(result).toMatchObject({ follower_id: alice.user!.id, object_id: bob.id })
    expect(result.datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/)
    expect(t.call('am_following_user', alice, { id: bob.id })).toBe(true)
    t.close()
  })

  it('refuses an anonymous caller with CKAN\'s message', () => {
    const { t } = catalogToFollow()
    expect(t.failure('follow_user', t.anonymous, { id: 'bob' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: You must be logged in to follow users',
    })
    t.close()
  })

  it('reports a missing, empty or unknown id', () => {
    const { t, alice } = catalogToFollow()
    expect(t.failure('follow_user', alice, {})).toEqual({ id: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('follow_user', alice, { id: '' })).toEqual({ id: ['Missing value'], __type: 'Validation Error' })
    expect(t.failure('follow_user', alice, { id: 'nobody' })).toEqual({ id: ['Not found: User'], __type: 'Validation Error' })
    t.close()
  })

  it('refuses following yourself and following twice', () => {
    const { t, alice } = catalogToFollow()
    expect(t.failure('follow_user', alice, { id: 'alice' })).toEqual({ message: 'You cannot follow yourself', __type: 'Validation Error' })
    t.call('user_patch', t.sysadmin, { id: 'bob', fullname: 'Bob Builder' })
    t.call('follow_user', alice, { id: 'bob' })
    expect(t.failure('follow_user', alice, { id: 'bob' })).toEqual({
      message: 'You are already following Bob Builder',
      __type: 'Validation Error',
    })
    t.close()
  })

  it('records no activity', () => {
    const { t, alice } = catalogToFollow()
    const count = () => (t.engine.db.prepare('SELECT count(*) AS n FROM activities').get() as { n: number }).n
    const before = count()
    t.call('follow_user', alice, { id: 'bob' })
    t.call('follow_dataset', alice, { id: 'open-data' })
    t.call('follow_group', alice, { id: 'water-group' })
    t.call('unfollow_group', alice, { id: 'water-group' })
    expect(count()).toBe(before)
    t.close()
  })
})
