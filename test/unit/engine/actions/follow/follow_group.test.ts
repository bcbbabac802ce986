import { describe, expect, it } from 'vitest'
import { catalogToFollow } from './follow-fixtures.ts'

describe('follow_group', () => {
  it('follows groups and organizations alike', () => {
    const { t, alice, org, group } = catalogToFollow()
    expect(t.call('follow_group', alice, { id: 'water-group' }).object_id).toBe(group.id)
    expect(t.call('follow_group', alice, { id: 'rivers-org' }).object_id).toBe(org.id)
    expect(t.call('group_follower_count', t.anonymous, { id: 'water-group' })).toBe(1)
    expect(t.call('organization_follower_count', t.anonymous, { id: 'rivers-org' })).toBe(1)
    t.close()
  })

  it('refuses an anonymous caller, an unknown group and a second follow with CKAN\'s messages', () => {
    const { t, alice } = catalogToFollow()
    expect(t.failure('follow_group', t.anonymous, { id: 'water-group' }).message).toBe(
      'Access denied: You must be logged in to follow a group.',
    )
    expect(t.failure('follow_group', alice, { id: 'nope' })).toEqual({ id: ['Not found: Group'], __type: 'Validation Error' })
    t.call('follow_group', alice, { id: 'rivers-org' })
    expect(t.failure('follow_group', alice, { id: 'rivers-org' }).message).toBe('You are already following Rivers')
    t.close()
  })
})
