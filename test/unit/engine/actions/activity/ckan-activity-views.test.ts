/**
 * CKAN 2.10's ckanext/activity/tests/test_views.py, its Action API side:
 * which activities the actions record (type, object, user, data) and who
 * may read the streams afterwards. The HTML the views render is not
 * Shelfmark's concern.
 */
import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

function setup() {
  const t = testEngine()
  const user = t.user('doer')
  const userId = user.user!.id
  const clear = () => t.engine.db.prepare('DELETE FROM activities').run()
  const types = (action: string, id: string, caller = t.sysadmin) =>
    t.call(action, caller, { id }).map((a: any) => [a.activity_type, a.object_id, a.user_id])
  return { t, user, userId, clear, types }
}

describe('CKAN test_views.py TestOrganization', () => {
  it('test_create/change_organization, test_create/change/delete_dataset: the organization stream holds them', () => {
    const { t, user, userId, clear, types } = setup()
    const org = t.call('organization_create', user, { name: 'org-a', title: 'Org A' })
    expect(types('organization_activity_list', org.id)).toEqual([['new organization', org.id, userId]])
    clear()
    t.call('organization_update', user, { ...org, title: 'Organization with changed title' })
    const [changed] = t.call('organization_activity_list', t.anonymous, { id: org.id })
    expect([changed.activity_type, changed.data.group.title]).toEqual(['changed organization', 'Organization with changed title'])
    clear()
    const dataset = t.call('package_create', user, { name: 'ds', title: 'DS', owner_org: org.id })
    t.call('package_update', user, { ...dataset, title: 'Dataset with changed title' })
    t.call('package_delete', user, { id: dataset.id })
    const list = t.call('organization_activity_list', t.anonymous, { id: org.id })
    expect(list.map((a: any) => [a.activity_type, a.object_id, a.user_id, a.data.package.title])).toEqual([
      ['deleted package', dataset.id, userId, 'Dataset with changed title'],
      ['changed package', dataset.id, userId, 'Dataset with changed title'],
      ['new package', dataset.id, userId, 'DS'],
    ])
    t.close()
  })

  it('test_delete_org_using_organization_delete: its admin loses the membership, and with it the stream', () => {
    const { t, user } = setup()
    const org = t.call('organization_create', user, { name: 'org-a' })
    t.call('organization_delete', user, { id: org.id })
    expect(t.failure('organization_activity_list', user, { id: org.id }).__type).toBe('Authorization Error')
    t.close()
  })

  it('test_delete_org_by_updating_state: "deleted organization", still readable by its admin', () => {
    const { t, user, userId, clear } = setup()
    const org = t.call('organization_create', user, { name: 'org-a' })
    clear()
    t.call('organization_update', user, { ...org, state: 'deleted' })
    expect(t.call('organization_activity_list', user, { id: org.id }).map((a: any) => [a.activity_type, a.user_id])).toEqual([
      ['deleted organization', userId],
    ])
    t.close()
  })
})

describe('CKAN test_views.py TestUser', () => {
  it('test_create_user / test_change_user: "new user", then "changed user"', () => {
    const t = testEngine()
    const created = t.call('user_create', t.sysadmin, { name: 'newcomer', email: 'n@example.org', password: 'long enough pass' })
    expect(t.call('user_activity_list', t.sysadmin, { id: created.id }).map((a: any) => a.activity_type)).toEqual(['new user'])
    const self = t.engine.asUser('newcomer')
    t.call('user_update', self, { id: created.id, email: 'n@example.org', fullname: 'Mr. Changed Name' })
    const [changed] = t.call('user_activity_list', t.sysadmin, { id: created.id })
    expect([changed.activity_type, changed.object_id, changed.user_id]).toEqual(['changed user', created.id, created.id])
    t.close()
  })

  it('test_create/change/delete_dataset and test_create/change/delete_group: the user stream holds them', () => {
    const { t, user, userId, clear, types } = setup()
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'doer', role: 'editor' })
    clear()
    const dataset = t.call('package_create', user, { name: 'ds', owner_org: 'org-a' })
    t.call('package_update', user, { ...dataset, title: 'Dataset with changed title' })
    t.call('package_delete', user, { id: dataset.id })
    const group = t.call('group_create', user, { name: 'group-a' })
    t.call('group_update', user, { ...group, title: 'Group with changed title' })
    t.call('group_delete', user, { id: group.id })
    expect(types('user_activity_list', userId)).toEqual([
      ['deleted group', group.id, userId],
      ['changed group', group.id, userId],
      ['new group', group.id, userId],
      ['deleted package', dataset.id, userId],
      ['changed package', dataset.id, userId],
      ['new package', dataset.id, userId],
    ])
    t.close()
  })
})

describe('CKAN test_views.py TestPackage', () => {
  it('test_create_tag / test_create_extra / test_create_resource / test_update_resource: one "changed package" each', () => {
    const { t, user, clear } = setup()
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'doer', role: 'editor' })
    const dataset = t.call('package_create', user, { name: 'ds', owner_org: 'org-a' })
    const resource = t.call('resource_create', user, { package_id: dataset.id, url: 'http://example.org/a' })
    const changes: [string, Record<string, unknown>][] = [
      ['package_update', { ...t.call('package_show', user, { id: dataset.id }), tags: [{ name: 'some_tag' }] }],
      ['package_update', { ...t.call('package_show', user, { id: dataset.id }), extras: [{ key: 'some', value: 'extra' }] }],
      ['resource_create', { package_id: dataset.id, name: 'Test resource' }],
      ['resource_update', { id: resource.id, package_id: dataset.id, name: 'Test resource updated' }],
    ]
    for (const [action, params] of changes) {
      clear()
      t.call(action, user, params)
      expect(t.call('package_activity_list', t.anonymous, { id: dataset.id }).map((a: any) => a.activity_type), action).toEqual(['changed package'])
    }
    t.close()
  })
})

describe('CKAN test_views.py TestGroup', () => {
  it('test_delete_group_using_group_delete: its admin loses the membership, and with it the stream', () => {
    const { t, user } = setup()
    const group = t.call('group_create', user, { name: 'group-a' })
    t.call('group_delete', user, { id: group.id })
    expect(t.failure('group_activity_list', user, { id: group.id }).__type).toBe('Authorization Error')
    t.close()
  })

  it('test_delete_group_by_updating_state: "deleted group", still readable by its admin', () => {
    const { t, user, clear } = setup()
    const group = t.call('group_create', user, { name: 'group-a' })
    clear()
    t.call('group_update', user, { ...group, state: 'deleted' })
    expect(t.call('group_activity_list', user, { id: group.id }).map((a: any) => a.activity_type)).toEqual(['deleted group'])
    t.close()
  })

  it('test_create/change/delete_dataset: the group stream holds its datasets\' activities, the deletion too', () => {
    const { t, user, clear } = setup()
    const group = t.call('group_create', user, { name: 'group-a' })
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'doer', role: 'editor' })
    clear()
    const dataset = t.call('package_create', user, { name: 'ds', owner_org: 'org-a', groups: [{ id: group.id }] })
    t.call('package_update', user, { ...dataset, title: 'Dataset with changed title' })
    t.call('package_delete', user, { id: dataset.id })
    expect(t.call('group_activity_list', t.anonymous, { id: group.id }).map((a: any) => a.activity_type)).toEqual([
      'deleted package', 'changed package', 'new package',
    ])
    t.close()
  })
})

describe('CKAN test_action.py TestDashboardActivityList test_activities_by_a_followed_user (the deletion part)', () => {
  it('a follower outside the organization sees the followed user delete a public dataset and a group, all new', () => {
    const { t, user: followed } = setup()
    const follower = t.user('follower')
    t.call('follow_user', follower, { id: 'doer' })
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'doer', role: 'editor' })
    t.engine.db.prepare('DELETE FROM activities').run()
    const dataset = t.call('package_create', followed, { name: 'ds', owner_org: 'org-a' })
    t.call('package_update', followed, { ...dataset, title: 'Dataset with changed title' })
    t.call('package_delete', followed, { id: dataset.id })
    const group = t.call('group_create', followed, { name: 'group-a' })
    t.call('group_update', followed, { ...group, title: 'Group with changed title' })
    t.call('group_delete', followed, { id: group.id })
    const list = t.call('dashboard_activity_list', follower, {})
    expect(list.map((a: any) => a.activity_type).reverse()).toEqual([
      'new package', 'changed package', 'deleted package', 'new group', 'changed group', 'deleted group',
    ])
    expect(list.map((a: any) => a.is_new)).toEqual(Array(6).fill(true))
    expect(t.call('dashboard_new_activities_count', follower, {})).toBe(6)
    t.close()
  })

  it('a private dataset\'s deletion stays with its organization', () => {
    const { t, user } = setup()
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'doer', role: 'editor' })
    const dataset = t.call('package_create', user, { name: 'hidden', owner_org: 'org-a', private: true })
    t.call('package_delete', user, { id: dataset.id })
    expect(t.call('organization_activity_list', t.anonymous, { id: 'org-a' }).map((a: any) => a.activity_type)).toEqual(['new organization'])
    expect(t.call('organization_activity_list', user, { id: 'org-a' }).map((a: any) => a.activity_type)).toEqual([
      'deleted package', 'new package', 'new organization',
    ])
    t.close()
  })
})
