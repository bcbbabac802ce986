import { describe, expect, it } from 'vitest'
import { catalogWithActivity } from './activity-fixtures.ts'

describe('activity_create', () => {
  it('refuses anonymous callers and non-sysadmins as CKAN does', () => {
    const { t, editor } = catalogWithActivity()
    const params = { user_id: 'editor', object_id: 'x', activity_type: 'changed package' }
    expect(t.failure('activity_create', t.anonymous, params)).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action activity_create requires an authenticated user',
    })
    expect(t.failure('activity_create', editor, params)).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    t.close()
  })

  it('reports missing fields with CKAN\'s messages', () => {
    const { t } = catalogWithActivity()
    expect(t.failure('activity_create', t.sysadmin, {})).toEqual({
      __type: 'Validation Error',
      activity_type: ['Missing value'],
      object_id: ['Missing value'],
      user_id: ['Missing value'],
    })
    // object_id is checked against the type as sent: an absent type makes Python's str(missing) fail with "Missing value".
    expect(t.failure('activity_create', t.sysadmin, { user_id: 'admin', object_id: 'x' })).toEqual({
      __type: 'Validation Error',
      activity_type: ['Missing value'],
      object_id: ['Missing value'],
    })
    t.close()
  })

  it('refuses unknown types, users and objects', () => {
    const { t, open } = catalogWithActivity()
    expect(t.failure('activity_create', t.sysadmin, { user_id: 'nobody', object_id: open.id, activity_type: 'renamed package' })).toEqual({
      __type: 'Validation Error',
      activity_type: ['Not found: Activity type'],
      object_id: ['There is no object_id validator for activity type "renamed package"'],
      user_id: ['Not found: User'],
    })
    // Objects are found by id only, in the table the type names.
    expect(t.failure('activity_create', t.sysadmin, { user_id: 'admin', object_id: 'open-data', activity_type: 'changed package' })).toEqual({
      __type: 'Validation Error',
      object_id: ['Not found: Dataset'],
    })
    expect(t.failure('activity_create', t.sysadmin, { user_id: 'admin', object_id: open.id, activity_type: 'changed group' })).toEqual({
      __type: 'Validation Error',
      object_id: ['Not found: Group'],
    })
    expect(t.failure('activity_create', t.sysadmin, { user_id: 'admin', object_id: open.id, activity_type: 'new user' }).object_id).toEqual([
      'Not found: User',
    ])
    t.close()
  })

  it('returns the activity as activity_show does, with the named user and the data as given', () => {
    const { t, editor, open } = catalogWithActivity()
    const created = t.call('activity_create', t.sysadmin, {
      user_id: 'editor',
      object_id: open.id,
      activity_type: 'changed package',
      data: { note: 'by hand' },
      id: 'ignored',
      timestamp: '2001-01-01T00:00:00',
      revision_id: 'dropped',
    })
    expect(created).toEqual({
      id: expect.any(String),
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      user_id: editor.user!.id,
      object_id: open.id,
      activity_type: 'changed package',
      data: { note: 'by hand' },
    })
    expect(created.id).not.toBe('ignored')
    expect(created.timestamp > '2020').toBe(true)
    expect(t.call('activity_show', t.sysadmin, { id: created.id })).toEqual(created)
    t.close()
  })

  it('puts the activity in its object\'s lists, seen by those who may see the dataset', () => {
    const { t, org, member, outsider, open, secret } = catalogWithActivity()
    const made = t.call('activity_create', t.sysadmin, { user_id: 'admin', object_id: open.id, activity_type: 'changed package' })
    expect(made.data).toEqual({})
    expect(t.call('package_activity_list', t.anonymous, { id: 'open-data', limit: 1 })[0]).toEqual(made)
    expect(t.call('organization_activity_list', t.anonymous, { id: org.id, limit: 1 })[0].id).toBe(made.id)
    expect(t.call('user_activity_list', t.anonymous, { id: 'admin', limit: 1 })[0].id).toBe(made.id)
    const hidden = t.call('activity_create', t.sysadmin, { user_id: 'member', object_id: secret.id, activity_type: 'changed package' })
    expect(t.call('package_activity_list', member, { id: 'secret-data', limit: 1 })[0].id).toBe(hidden.id)
    expect(t.call('recently_changed_packages_activity_list', outsider, {}).map((a: { id: string }) => a.id)).not.toContain(hidden.id)
    t.close()
  })

  it('records group and user activities too', () => {
    const { t, group, outsider } = catalogWithActivity()
    const made = t.call('activity_create', t.sysadmin, { user_id: 'admin', object_id: group.id, activity_type: 'changed group', data: { group: { name: 'x' } } })
    expect(t.call('group_activity_list', t.anonymous, { id: group.id, limit: 1 })[0]).toEqual(made)
    const followed = t.call('activity_create', t.sysadmin, { user_id: 'editor', object_id: outsider.user!.id, activity_type: 'follow user' })
    expect(t.call('user_activity_list', t.anonymous, { id: 'outsider', limit: 1 })[0].id).toBe(followed.id)
    t.close()
  })
})
