import { describe, expect, it } from 'vitest'
import { catalogToFollow } from './follow-fixtures.ts'

describe('num_followers', () => {
  it('is the real count in organization_show and group_show, and 0 with include_followers off', () => {
    const { t, alice, bob } = catalogToFollow()
    t.call('follow_group', alice, { id: 'rivers-org' })
    t.call('follow_group', bob, { id: 'rivers-org' })
    t.call('follow_group', bob, { id: 'water-group' })
    expect(t.call('organization_show', t.anonymous, { id: 'rivers-org' }).num_followers).toBe(2)
    expect(t.call('group_show', t.anonymous, { id: 'water-group' }).num_followers).toBe(1)
    expect(t.call('organization_show', t.anonymous, { id: 'rivers-org', include_followers: false }).num_followers).toBe(0)
    t.close()
  })

  it('is 0 in organization_list all_fields unless include_followers asks for it', () => {
    const { t, alice } = catalogToFollow()
    t.call('follow_group', alice, { id: 'rivers-org' })
    expect(t.call('organization_list', t.anonymous, { all_fields: true })[0].num_followers).toBe(0)
    expect(t.call('organization_list', t.anonymous, { all_fields: true, include_followers: true })[0].num_followers).toBe(1)
    t.close()
  })

  it('is the real count in user_show with include_num_followers', () => {
    const { t, alice, carol } = catalogToFollow()
    t.call('follow_user', alice, { id: 'bob' })
    t.call('follow_user', carol, { id: 'bob' })
    expect(t.call('user_show', t.anonymous, { id: 'bob', include_num_followers: true }).num_followers).toBe(2)
    expect(t.call('user_show', t.anonymous, { id: 'bob' })).not.toHaveProperty('num_followers')
    t.close()
  })
})
