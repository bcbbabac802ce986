import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('organization_create', () => {
  it('returns the show dict with the creator as admin (015)', () => {
    const t = testEngine()
    const org = t.call('organization_create', t.sysadmin, {
      name: 'rec-org',
      title: 'Recorder Org',
      description: 'Organization created by the recorder',
    })
    expect(Object.keys(org).sort()).toEqual(
      [
        'approval_status', 'created', 'description', 'display_name', 'id', 'image_display_url', 'image_url',
        'is_organization', 'name', 'num_followers', 'package_count', 'state', 'title', 'type', 'users', 'extras',
        'tags', 'groups',
      ].sort(),
    )
    expect(org).toMatchObject({
      approval_status: 'approved',
      description: 'Organization created by the recorder',
      display_name: 'Recorder Org',
      image_display_url: '',
      image_url: '',
      is_organization: true,
      name: 'rec-org',
      num_followers: 0,
      package_count: 0,
      state: 'active',
      title: 'Recorder Org',
      type: 'organization',
      extras: [],
      tags: [],
      groups: [],
    })
    expect(org.users).toHaveLength(1)
    expect(org.users[0]).toMatchObject({ name: 'admin', capacity: 'admin', sysadmin: true })
    expect(org.users[0].email).toBeUndefined()
    expect(Object.keys(org.users[0]).sort()).toEqual(
      [
        'about', 'activity_streams_email_notifications', 'capacity', 'created', 'display_name', 'email_hash',
        'fullname', 'id', 'image_display_url', 'image_url', 'last_active', 'name', 'number_created_packages',
        'state', 'sysadmin',
      ].sort(),
    )
    t.close()
  })

  it('refuses an anonymous caller as CKAN does', () => {
    const t = testEngine()
    expect(t.failure('organization_create', t.anonymous, { name: 'x-org' })).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Action organization_create requires an authenticated user',
    })
    t.close()
  })
})
