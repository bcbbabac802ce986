/**
 * CKAN's ckan/tests/legacy/functional/api/test_dashboard.py, the parts no
 * other Shelfmark test states (dashboard_activity_list.test.ts has the
 * rest): a user made by user_create starts with her own 'new user'
 * activity and nothing new; a followed group's own change shows; and the
 * new-activities count stops at one page (ckan.activity_list_limit). The
 * legacy test's unowned datasets become an organization's (2.10 default).
 */
import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('TestDashboard', () => {
  it('test_00: anonymous callers are refused every dashboard action', () => {
    const t = testEngine()
    for (const action of ['dashboard_activity_list', 'dashboard_new_activities_count', 'dashboard_mark_activities_old']) {
      expect(t.failure(action, t.anonymous).__type, action).toBe('Authorization Error')
    }
    t.close()
  })

  it('test_01/02/03/04 groups/05/06/07/09: a new user\'s dashboard, her own work never new, a followed group\'s change, others\' unfollowed work absent', () => {
    const t = testEngine({ config: { activityListLimit: 15 } })
    const created = t.call('user_create', t.sysadmin, { name: 'mr_new_user', email: 'mr@newuser.com', password: 'TestPassword1' })
    const newUser = t.engine.asUser('mr_new_user')
    const joeadmin = t.user('joeadmin')
    const activities = t.call('dashboard_activity_list', newUser)
    expect(activities).toHaveLength(1)
    expect(activities[0]).toMatchObject({ activity_type: 'new user', user_id: created.id, object_id: created.id, is_new: false })
    expect(t.call('dashboard_new_activities_count', newUser)).toBe(0)

    t.call('organization_create', t.sysadmin, { name: 'books', users: [{ name: 'mr_new_user', capacity: 'editor' }, { name: 'joeadmin', capacity: 'editor' }] })
    t.call('package_create', t.sysadmin, { name: 'warandpeace', owner_org: 'books' })
    t.call('group_create', t.sysadmin, { name: 'roger' })
    t.call('dashboard_mark_activities_old', newUser)
    t.call('package_create', newUser, { name: 'my_new_package', owner_org: 'books' })
    t.call('follow_dataset', newUser, { id: 'warandpeace' })
    t.call('follow_group', newUser, { id: 'roger' })
    t.call('package_patch', newUser, { id: 'warandpeace', notes: 'updated' })
    expect(t.call('dashboard_new_activities_count', newUser)).toBe(0)
    const own = t.call('dashboard_activity_list', newUser)
    // Her own three, and (the test's FIXME) what the followed dataset and group had before she followed them.
    expect(own.map((a: any) => `${a.activity_type}:${a.data.package?.name ?? a.data.group?.name ?? a.object_id}`)).toEqual([
      'changed package:warandpeace', 'new package:my_new_package', 'new group:roger', 'new package:warandpeace', `new user:${created.id}`,
    ])
    expect(own.filter((a: any) => a.is_new)).toEqual([])

    const group = t.call('group_show', t.sysadmin, { id: 'roger', include_datasets: true })
    t.call('group_update', t.sysadmin, { ...group, description: 'updated' })
    const [changed] = t.call('dashboard_activity_list', newUser)
    expect(changed).toMatchObject({ activity_type: 'changed group', user_id: t.sysadmin.user!.id, is_new: true })
    expect(changed.data.group.name).toBe('roger')
    expect(t.call('dashboard_new_activities_count', newUser)).toBe(1)

    const before = t.call('dashboard_activity_list', newUser)
    t.call('package_create', t.sysadmin, { name: 'irrelevant_dataset', owner_org: 'books' })
    expect(t.call('dashboard_activity_list', newUser)).toEqual(before)

    t.call('dashboard_mark_activities_old', newUser)
    expect(t.call('dashboard_new_activities_count', newUser)).toBe(0)

    // test_08_maximum_number_of_new_activities: the count reads one page, so it stops at the limit.
    for (let n = 0; n < 20; n++) t.call('package_patch', joeadmin, { id: 'warandpeace', notes: `Updated ${n} times` })
    expect(t.call('dashboard_new_activities_count', newUser)).toBe(15)
    t.close()
  })
})
