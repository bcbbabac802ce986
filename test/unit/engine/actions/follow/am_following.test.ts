import { describe, expect, it } from 'vitest'
import { catalogToFollow } from './follow-fixtures.ts'

describe('am_following_user, am_following_dataset, am_following_group', () => {
  it('tell whether the caller follows', () => {
    const { t, alice } = catalogToFollow()
    expect(t.call('am_following_group', alice, { id: 'water-group' })).toBe(false)
    t.call('follow_group', alice, { id: 'water-group' })
    expect(t.call('am_following_group', alice, { id: 'water-group' })).toBe(true)
    expect(t.call('am_following_user', alice, { id: 'bob' })).toBe(false)
    t.close()
  })

  it('check the id first, then refuse an anonymous caller with a bare 403', () => {
    const { t } = catalogToFollow()
    expect(t.failure('am_following_dataset', t.anonymous, { id: 'nope' })).toEqual({ id: ['Not found: Dataset'], __type: 'Validation Error' })
    expect(t.failure('am_following_dataset', t.anonymous, { id: 'open-data' })).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    t.close()
  })
})
