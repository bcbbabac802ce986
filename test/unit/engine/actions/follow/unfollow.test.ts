import { describe, expect, it } from 'vitest'
import { catalogToFollow } from './follow-fixtures.ts'

describe('unfollow_user, unfollow_dataset, unfollow_group', () => {
  it('stop a following and return null', () => {
    const { t, alice } = catalogToFollow()
    t.call('follow_user', alice, { id: 'bob' })
    t.call('follow_dataset', alice, { id: 'open-data' })
    t.call('follow_group', alice, { id: 'water-group' })
    expect(t.call('unfollow_user', alice, { id: 'bob' })).toBeNull()
    expect(t.call('unfollow_dataset', alice, { id: 'open-data' })).toBeNull()
    expect(t.call('unfollow_group', alice, { id: 'water-group' })).toBeNull()
    expect(t.call('followee_count', t.anonymous, { id: alice.user!.id })).toBe(0)
    t.close()
  })

  it('answer 404 naming the id as sent when the caller does not follow it', () => {
    const { t, alice, open } = catalogToFollow()
    expect(t.failure('unfollow_dataset', alice, { id: 'open-data' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: You are not following open-data.',
    })
    expect(t.failure('unfollow_dataset', alice, { id: open.id }).message).toBe(`Not found: You are not following ${open.id}.`)
    expect(t.failure('unfollow_user', alice, { id: 'bob' }).message).toBe('Not found: You are not following bob.')
    t.close()
  })

  it('refuse anonymous callers and unknown ids', () => {
    const { t, alice } = catalogToFollow()
    expect(t.failure('unfollow_group', t.anonymous, { id: 'water-group' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: You must be logged in to unfollow something.',
    })
    expect(t.failure('unfollow_group', alice, { id: 'nope' })).toEqual({ id: ['Not found: Group'], __type: 'Validation Error' })
    expect(t.failure('unfollow_user', alice, {})).toEqual({ id: ['Missing value'], __type: 'Validation Error' })
    t.close()
  })
})
