/**
 * CKAN 2.10's follower tests in ckan/tests/logic/action/test_create.py
 * (TestFollowCommon, TestFollowDataset, TestFollowGroup,
 * TestFollowOrganization, TestFollowUser) and test_get.py (TestFollow),
 * restated through Shelfmark's actions. CKAN's helpers skip auth; here the
 * sysadmin-only follower lists are asked by the sysadmin.
 */
import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

describe('CKAN test_create.py TestFollowCommon', () => {
  it('test_validation: a bad, blank, numeric, unknown or missing id is a Validation Error for every follow action', () => {
    const t = testEngine()
    const user = t.user('follower')
    const asUser = [
      'follow_user', 'follow_dataset', 'follow_group',
      'unfollow_user', 'unfollow_dataset', 'unfollow_group',
      'user_follower_count', 'dataset_follower_count', 'group_follower_count',
      'am_following_dataset', 'am_following_user', 'am_following_group',
    ]
    const asSysadmin = ['user_follower_list', 'dataset_follower_list', 'group_follower_list']
    for (const action of [...asUser, ...asSysadmin]) {
      for (const id of ['bad id', '     ', 3, 35.7, 'xxx', null, '']) {
        const caller = asSysadmin.includes(action) ? t.sysadmin : user
        expect(t.failure(action, caller, { id }).__type, `${action} ${JSON.stringify(id)}`).toBe('Validation Error')
      }
    }
    t.close()
  })
})

describe('CKAN test_create.py TestFollowDataset, TestFollowGroup, TestFollowOrganization, TestFollowUser', () => {
  function setup() {
    const t = testEngine()
    const user = t.user('follower')
    const other = t.user('other')
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    const dataset = t.call('package_create', t.sysadmin, { name: 'followed', owner_org: 'org-a' })
    const group = t.call('group_create', t.sysadmin, { name: 'group-a' })
    const organization = t.call('organization_create', t.sysadmin, { name: 'org-b' })
    return { t, user, other, dataset, group, organization }
  }

  it('test_auth: an anonymous caller may not follow; a user may', () => {
    const { t, user, other, dataset, group, organization } = setup()
    const cases: [string, string][] = [
      ['follow_dataset', dataset.id], ['follow_group', group.id], ['follow_group', organization.id], ['follow_user', other.user!.id],
    ]
    for (const [action, id] of cases) {
      expect(t.failure(action, t.anonymous, { id }).__type).toBe('Authorization Error')
      t.call(action, user, { id })
    }
    t.close()
  })

  it('test_follow_dataset / test_follow_group / test_follow_organization / test_follow_user: counts, lists and am_following follow the follow and the unfollow', () => {
    const { t, user, other, dataset, group, organization } = setup()
    const cases: [string, string][] = [['dataset', dataset.id], ['group', group.id], ['group', organization.id], ['user', other.user!.id]]
    for (const [noun, id] of cases) {
      const state = () => [
        t.call(`${noun}_follower_count`, t.anonymous, { id }),
        t.call(`${noun}_follower_list`, t.sysadmin, { id }).map((u: any) => u.name),
        t.call(`am_following_${noun}`, user, { id }),
      ]
      expect(state()).toEqual([0, [], false])
      t.call(`follow_${noun}`, user, { id })
      expect(state()).toEqual([1, ['follower'], true])
      t.call(`unfollow_${noun}`, user, { id })
      expect(state()).toEqual([0, [], false])
    }
    t.close()
  })

  it('test_cannot_follow_myself', () => {
    const { t, user } = setup()
    expect(t.failure('follow_user', user, { id: user.user!.id }).__type).toBe('Validation Error')
    t.close()
  })
})

describe('CKAN test_get.py TestFollow', () => {
  function groups() {
    const t = testEngine()
    const user = t.user('follower')
    const finance = t.call('group_create', t.sysadmin, { name: 'finance', title: 'Finance' })
    const environment = t.call('group_create', t.sysadmin, { name: 'environment', title: 'Environment' })
    t.call('group_create', t.sysadmin, { name: 'education', title: 'Education' })
    t.call('follow_group', user, { id: finance.id })
    t.call('follow_group', user, { id: environment.id })
    return { t, user }
  }

  it('test_followee_list', () => {
    const { t, user } = groups()
    const list = t.call('followee_list', user, { id: 'follower' })
    expect(list.map((f: any) => f.display_name).sort()).toEqual(['Environment', 'Finance'])
    t.close()
  })

  it('test_followee_list_with_q', () => {
    const { t, user } = groups()
    expect(t.call('followee_list', user, { id: 'follower', q: 'E' }).map((f: any) => f.display_name)).toEqual(['Environment'])
    t.close()
  })

  it('test_followee_count_for_org_or_group: group_followee_count counts groups, organization_followee_count organizations', () => {
    const { t, user } = groups()
    const acme = t.call('organization_create', t.sysadmin, { name: 'acme', title: 'Acme' })
    t.call('follow_group', user, { id: acme.id })
    expect(t.call('group_followee_count', user, { id: 'follower' })).toBe(2)
    expect(t.call('organization_followee_count', user, { id: 'follower' })).toBe(1)
    t.close()
  })
})

describe('CKAN tests/model/test_follower.py (UserFollowingUser, UserFollowingDataset, UserFollowingGroup)', () => {
  it('a deleted follower or a deleted followee counts nowhere: get, is_following, followee and follower counts and lists', () => {
    const t = testEngine()
    const follower = t.user('follower')
    const followee = t.user('followee')
    const doomed = t.user('deleted_user')
    t.call('organization_create', t.sysadmin, { name: 'org-a' })
    t.call('package_create', t.sysadmin, { name: 'followee-ds', owner_org: 'org-a' })
    t.call('package_create', t.sysadmin, { name: 'deleted-ds', owner_org: 'org-a' })
    t.call('group_create', t.sysadmin, { name: 'followee-group' })
    t.call('group_create', t.sysadmin, { name: 'deleted-group' })
    const cases: [string, string, string][] = [
      ['user', 'followee', 'deleted_user'], ['dataset', 'followee-ds', 'deleted-ds'], ['group', 'followee-group', 'deleted-group'],
    ]
    for (const [noun, id, deletedObject] of cases) {
      t.call(`follow_${noun}`, follower, { id })
      t.call(`follow_${noun}`, doomed, { id })
      t.call(`follow_${noun}`, follower, { id: deletedObject })
    }
    t.call('user_delete', t.sysadmin, { id: 'deleted_user' })
    t.call('package_delete', t.sysadmin, { id: 'deleted-ds' })
    t.call('group_delete', t.sysadmin, { id: 'deleted-group' })
    for (const [noun, id] of cases) {
      expect(t.call(`am_following_${noun}`, follower, { id })).toBe(true)
      expect(t.call(`${noun}_followee_count`, t.anonymous, { id: 'follower' })).toBe(1)
      expect(t.call(`${noun}_followee_list`, follower, { id: 'follower' }).map((d: any) => d.name)).toEqual([id])
      expect(t.call(`${noun}_follower_count`, t.anonymous, { id })).toBe(1)
      expect(t.call(`${noun}_follower_list`, t.sysadmin, { id }).map((u: any) => u.name)).toEqual(['follower'])
    }
    // test_is_following_returns_false_if_user_isnt_following
    expect(t.call('am_following_user', followee, { id: 'follower' })).toBe(false)
    t.close()
  })
})
