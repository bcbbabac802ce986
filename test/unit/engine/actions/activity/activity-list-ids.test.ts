import { describe, expect, it } from 'vitest'
import { catalogWithActivity } from './activity-fixtures.ts'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('an activity list asked with an empty id', () => {
  it('gets package_show\'s auth error from anyone but a sysadmin, as CKAN\'s get_package_object raises it', () => {
    const { t, outsider } = catalogWithActivity()
    const expected = { __type: 'Validation Error', message: 'Missing id, can not get Package object' }
    expect(t.failure('package_activity_list', outsider, { id: '' })).toEqual(expected)
    expect(t.failure('package_activity_list', t.anonymous, { id: '' })).toEqual(expected)
    // null passes not_missing and unicode_safe makes it ''.
    expect(t.failure('package_activity_list', outsider, { id: null })).toEqual(expected)
    t.close()
  })

  it('gets group_show\'s auth error for organizations and groups', () => {
    const { t, outsider } = catalogWithActivity()
    const expected = { __type: 'Validation Error', message: 'Missing id, can not get Group object' }
    expect(t.failure('organization_activity_list', outsider, { id: '' })).toEqual(expected)
    expect(t.failure('group_activity_list', t.anonymous, { id: '' })).toEqual(expected)
    t.close()
  })

  it('is a bare 404 for a sysadmin (CKAN skips their auth) and for a user list (user_show\'s auth loads no user)', () => {
    const { t, outsider } = catalogWithActivity()
    const notFound = { __type: 'Not Found Error', message: 'Not found' }
    for (const action of ['package_activity_list', 'organization_activity_list', 'group_activity_list']) {
      expect(t.failure(action, t.sysadmin, { id: '' })).toEqual(notFound)
    }
    expect(t.failure('user_activity_list', outsider, { id: '' })).toEqual(notFound)
    t.close()
  })
})

describe('user_activity_list while user details are private', () => {
  it('refuses an anonymous caller before looking the user up, as user_show\'s auth comes first', () => {
    const t = testEngine({ config: { publicUserDetails: false } })
    expect(t.failure('user_activity_list', t.anonymous, { id: 'nope' })).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    expect(t.failure('user_activity_list', t.user('someone'), { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found' })
    t.close()
  })
})

describe('package_activity_list type filters', () => {
  it('reads a null filter as not given (ignore_missing drops it), so null beside the other filter is no conflict', () => {
    const { t, outsider } = catalogWithActivity()
    const list = t.call('package_activity_list', outsider, { id: 'open-data', activity_types: null, exclude_activity_types: ['new package'] })
    expect(list.map((a: any) => a.activity_type)).toEqual(['changed package', 'changed package'])
    expect(t.call('package_activity_list', outsider, { id: 'open-data', activity_types: ['new package'], exclude_activity_types: null })).toHaveLength(1)
    expect(t.failure('package_activity_list', outsider, { id: 'open-data', activity_types: [], exclude_activity_types: [] })).toEqual({
      __type: 'Validation Error',
      activity_types: ['Cannot be used together with `exclude_activity_types'],
    })
    t.close()
  })
})
