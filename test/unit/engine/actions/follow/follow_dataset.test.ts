import { describe, expect, it } from 'vitest'
import { catalogToFollow } from './follow-fixtures.ts'

describe('follow_dataset', () => {
  it('follows a dataset by name and returns the following', () => {
    const { t, alice, open } = catalogToFollow()
    expect(t.call('follow_dataset', alice, { id: 'open-data' })).toMatchObject({ follower_id: alice.user!.id, object_id: open.id })
    expect(t.call('dataset_follower_count', t.anonymous, { id: open.id })).toBe(1)
    t.close()
  })

  it('refuses an anonymous caller, an unknown dataset and a second follow with CKAN\'s messages', () => {
    const { t, alice } = catalogToFollow()
    expect(t.failure('follow_dataset', t.anonymous, { id: 'open-data' }).message).toBe(
      'Access denied: You must be logged in to follow a dataset.',
    )
    expect(t.failure('follow_dataset', alice, { id: 'nope' })).toEqual({ id: ['Not found: Dataset'], __type: 'Validation Error' })
    t.call('follow_dataset', alice, { id: 'open-data' })
    expect(t.failure('follow_dataset', alice, { id: 'open-data' })).toEqual({
      message: 'You are already following Open data',
      __type: 'Validation Error',
    })
    t.close()
  })

  it('names an untitled dataset by its name in the "already following" message', () => {
    const { t, alice } = catalogToFollow()
    t.call('follow_dataset', alice, { id: 'secret-data' })
    expect(t.failure('follow_dataset', alice, { id: 'secret-data' }).message).toBe('You are already following secret-data')
    t.close()
  })
})
