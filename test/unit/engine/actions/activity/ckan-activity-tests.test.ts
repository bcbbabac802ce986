/**
 * CKAN 2.10's ckanext/activity tests (logic/test_pagination.py,
 * logic/test_auth.py, logic/test_functional.py, model/test_activity.py)
 * restated through Shelfmark's actions.
 */
import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

/** What Python's datetime.fromisoformat(ts).timestamp() gives in a UTC process. */
const seconds = (ts: string) => Date.parse(`${ts.slice(0, 19)}Z`) / 1000 + Number(`0.${ts.slice(20) || '0'}`)

/**
 * test_pagination.py's fixture: a dataset updated five times by one user.
 * CKAN's factory creates the dataset as the site user, whose activity CKAN
 * hides; Shelfmark shows it (README), so the creation is left out here with
 * exclude_activity_types to keep CKAN's counts.
 */
function activities() {
  const t = testEngine()
  const user = t.user('updater')
  t.call('organization_create', t.sysadmin, { name: 'org-a' })
  t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'updater', role: 'editor' })
  const dataset = t.call('package_create', t.sysadmin, { name: 'paged', owner_org: 'org-a' })
  for (let i = 0; i < 5; i++) t.call('package_update', user, { ...dataset, notes: `Update ${i}` })
  const list = (params: Record<string, unknown> = {}) =>
    t.call('package_activity_list', t.anonymous, { id: dataset.id, exclude_activity_types: ['new package'], ...params })
  const times = list().map((a: any) => seconds(a.timestamp))
  const notes = (params: Record<string, unknown> = {}) => list(params).map((a: any) => a.data.package.notes)
  return { t, dataset, times, notes }
}

describe('CKAN test_pagination.py TestActivityPagination', () => {
  it('test_default_returns_ordered_by_time_desc', () => {
    const { t, notes } = activities()
    expect(notes()).toEqual(['Update 4', 'Update 3', 'Update 2', 'Update 1', 'Update 0'])
    t.close()
  })

  it('test_offset_call_returns_ordered_by_time_desc', () => {
    const { t, notes } = activities()
    expect(notes({ offset: 0, limit: 3 })).toEqual(['Update 4', 'Update 3', 'Update 2'])
    t.close()
  })

  it('test_before_call_returns_ordered_by_time_desc', () => {
    const { t, notes, times } = activities()
    expect(notes({ before: times[0] })).toEqual(['Update 3', 'Update 2', 'Update 1', 'Update 0'])
    t.close()
  })

  it('test_before_4_with_limit_2_should_get_3_and_2', () => {
    const { t, notes, times } = activities()
    expect(notes({ before: times[0], limit: 2 })).toEqual(['Update 3', 'Update 2'])
    t.close()
  })

  it('test_after_call_returns_ordered_by_time_desc', () => {
    const { t, notes, times } = activities()
    expect(notes({ after: times[3] })).toEqual(['Update 4', 'Update 3', 'Update 2'])
    t.close()
  })

  it('test_before_and_after_returns_ordered_by_time_desc', () => {
    const { t, notes, times } = activities()
    expect(notes({ after: times[4], before: times[0] })).toEqual(['Update 3', 'Update 2', 'Update 1'])
    t.close()
  })

  it('test_before_now_should_return_all', () => {
    const { t, notes } = activities()
    expect(notes({ before: Date.now() / 1000 + 1 })).toEqual(['Update 4', 'Update 3', 'Update 2', 'Update 1', 'Update 0'])
    t.close()
  })

  it('test_after_returns_closer_elements_order_time_desc', () => {
    const { t, notes, times } = activities()
    expect(notes({ after: times[4], limit: 2 })).toEqual(['Update 2', 'Update 1'])
    t.close()
  })

  it('the creation (by the site user in CKAN, hidden there) is listed last', () => {
    const { t, dataset } = activities()
    const all = t.call('package_activity_list', t.anonymous, { id: dataset.id })
    expect(all.map((a: any) => a.activity_type)).toEqual([...Array(5).fill('changed package'), 'new package'])
    t.close()
  })
})

describe('CKAN test_functional.py TestPagination (its API side)', () => {
  it('ckan.activity_list_limit is the default page, ckan.activity_list_limit_max the cap', () => {
    const t = testEngine({ config: { activityListLimit: 5, activityListLimitMax: 7 } })
    const user = t.user('updater')
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    t.call('organization_member_create', t.sysadmin, { id: 'org-a', username: 'updater', role: 'editor' })
    const dataset = t.call('package_create', t.sysadmin, { name: 'paged', owner_org: 'org-a' })
    for (let i = 0; i < 8; i++) t.call('package_update', user, { ...dataset, notes: `Update number: ${i}` })
    expect(t.call('package_activity_list', t.anonymous, { id: dataset.id })).toHaveLength(5)
    expect(t.call('package_activity_list', t.anonymous, { id: dataset.id, limit: 100 })).toHaveLength(7)
    expect(t.call('organization_activity_list', t.anonymous, { id: 'org-a' })).toHaveLength(5)
    expect(t.call('organization_activity_list', t.anonymous, { id: 'org-a', limit: 100 })).toHaveLength(7)
    t.close()
  })
})

describe('CKAN logic/test_auth.py TestAuth', () => {
  it('test_normal_user_cant_use_it: activity_create is for sysadmins', () => {
    const t = testEngine()
    const plain = t.user('plain')
    expect(t.failure('activity_create', plain, { user_id: 'plain', object_id: plain.user!.id, activity_type: 'changed user' }).__type).toBe(
      'Authorization Error',
    )
    t.close()
  })

  it('test_config_option_public_activity_stream_detail(_denied): include_data never reaches package_activity_list\'s auth through the action', () => {
    // CKAN's schema has no include_data, so its validate decorator moves it to __extras
    // and the auth reads none: an anonymous caller gets the list either way.
    for (const publicActivityStreamDetail of [false, true]) {
      const t = testEngine({ config: { publicActivityStreamDetail } })
      t.call('organization_create', t.sysadmin, { name: 'org-a' })
      const dataset = t.call('package_create', t.sysadmin, { name: 'open', owner_org: 'org-a' })
      expect(t.call('package_activity_list', t.anonymous, { id: dataset.id, include_data: true })).toHaveLength(1)
      t.close()
    }
  })
})

describe('CKAN model/test_activity.py TestActivity', () => {
  it('test_include_data: an activity keeps the data it was created with', () => {
    const t = testEngine()
    const user = t.user('someone').user!
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    const pkg = t.call('package_create', t.sysadmin, { name: 'kept', title: 'Kept', owner_org: 'org-a' })
    const made = t.call('activity_create', t.sysadmin, {
      user_id: user.id, object_id: pkg.id, activity_type: 'new package', data: { package: pkg, actor: 'Mr Someone' },
    })
    const shown = t.call('activity_show', t.sysadmin, { id: made.id, include_data: true })
    expect(shown.user_id).toBe(user.id)
    expect(shown.activity_type).toBe('new package')
    expect(shown.data.package.title).toBe('Kept')
    expect(shown.data.package.id).toBe(pkg.id)
    expect(shown.data.actor).toBe('Mr Someone')
    t.close()
  })

  it('test_activity_save: a saved activity is the newest in its user\'s list, with an id and a timestamp', () => {
    const t = testEngine()
    const user = t.user('someone').user!
    t.call('activity_create', t.sysadmin, { user_id: user.id, object_id: user.id, activity_type: 'changed user' })
    const got = t.call('user_activity_list', t.sysadmin, { id: user.id })[0]
    expect(got).toMatchObject({ user_id: user.id, object_id: user.id, activity_type: 'changed user' })
    expect(got.id).toBeTruthy()
    expect(got.timestamp).toBeTruthy()
    t.close()
  })
})
