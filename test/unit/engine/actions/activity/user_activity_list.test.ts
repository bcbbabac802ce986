import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'
import { catalogWithActivity } from './activity-fixtures.ts'

describe('user_activity_list', () => {
  it('lists what the user did, newest first', () => {
    const { t } = catalogWithActivity()
    const list = t.call('user_activity_list', t.anonymous, { id: 'editor' })
    expect(list.map((a: any) => `${a.activity_type}:${a.data.package.name}`)).toEqual([
      'changed package:open-data',
      'changed package:open-data',
      'new package:open-data',
    ])
    expect(t.call('user_activity_list', t.sysadmin, { id: 'editor' })).toHaveLength(5)
    t.close()
  })

  it('includes activity about the user\'s own account', () => {
    const t = testEngine()
    const user = t.call('user_create', t.sysadmin, { name: 'someone', email: 's@example.org', password: 'Password-1' })
    t.call('user_patch', t.sysadmin, { id: 'someone', fullname: 'Some One' })
    const list = t.call('user_activity_list', t.anonymous, { id: user.id })
    expect(list.map((a: any) => a.activity_type)).toEqual(['changed user', 'new user'])
    expect(list[0]).toMatchObject({ user_id: user.id, object_id: user.id })
    t.close()
  })

  it('answers 404 for an unknown user; refuses anonymous callers when user details are private', () => {
    const t = testEngine({ config: { publicUserDetails: false } })
    expect(t.failure('user_activity_list', t.sysadmin, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    expect(t.failure('user_activity_list', t.anonymous, { id: 'admin' }).__type).toBe('Authorization Error')
    t.close()
  })
})
