/**
 * CKAN's ckan/tests/legacy/functional/api/test_follow.py (TestFollow,
 * TestFollowerDelete, TestFollowerCascade) restated through Shelfmark's
 * actions, on the users, datasets and groups of CKAN's CreateTestData.
 * A bad or missing API token runs the call as anonymous (§1.4), so those
 * cases are the anonymous caller here. The cascade test's hard deletes are
 * dataset_purge and group_purge (CKAN 2.10 has no user purge action).
 * Its test_01 (follow auth and ids) and TestFollowerDelete (unfollow) are
 * already stated by ckan-follow-tests.test.ts and unfollow.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { testEngine } from '../../../../helpers/test-engine.ts'

function createTestData() {
  const t = testEngine()
  const testsysadmin = t.user('testsysadmin', true)
  const annafan = t.user('annafan')
  const russianfan = t.user('russianfan')
  const joeadmin = t.user('joeadmin')
  const tester = t.user('tester')
  t.call('organization_create', t.sysadmin, { name: 'books' })
  const warandpeace = t.call('package_create', t.sysadmin, { name: 'warandpeace', owner_org: 'books' })
  const annakarenina = t.call('package_create', t.sysadmin, { name: 'annakarenina', owner_org: 'books' })
  const roger = t.call('group_create', t.sysadmin, { name: 'roger' })
  const david = t.call('group_create', t.sysadmin, { name: 'david' })
  const id = (caller: { user?: { id: string } | null }) => caller.user!.id
  return { t, testsysadmin, annafan, russianfan, joeadmin, tester, warandpeace, annakarenina, roger, david, id }
}

const nouns = ['user', 'dataset', 'group'] as const

describe('TestFollow', () => {
  it('test_00: follower lists are for sysadmins; followee lists for sysadmins and the user herself', () => {
    const { t, testsysadmin, annafan, russianfan, id } = createTestData()
    const status = (action: string, caller: any, params: Record<string, unknown>) => {
      try {
        t.call(action, caller, params)
        return 200
      } catch {
        return t.failure(action, caller, params).__type === 'Authorization Error' ? 403 : 0
      }
    }
    for (const [action, objectId] of [['user_follower_list', id(russianfan)], ['dataset_follower_list', 'warandpeace'], ['group_follower_list', 'roger']]) {
      expect([t.anonymous, annafan, testsysadmin].map((c) => status(action, c, { id: objectId })), action).toEqual([403, 403, 200])
    }
    for (const action of ['followee_list', 'user_followee_list', 'dataset_followee_list', 'group_followee_list']) {
      for (const who of [id(russianfan), 'russianfan']) {
        expect([t.anonymous, annafan, testsysadmin, russianfan].map((c) => status(action, c, { id: who })), action).toEqual([403, 403, 200, 200])
      }
    }
    // group_followee_list with a group's name as the user: auth refuses before the id is looked up.
    expect(status('group_followee_list', t.anonymous, { id: 'roger' })).toBe(403)
    expect(status('group_followee_list', annafan, { id: 'roger' })).toBe(403)
    t.close()
  })

  it('test_02/03: following by id or name answers the follower row; counts and lists grow by one; again is refused', () => {
    const { t, testsysadmin, annafan, joeadmin, russianfan, warandpeace, roger, id } = createTestData()
    const cases: [any, string, string, string][] = [
      [annafan, 'user', id(russianfan), id(russianfan)], [annafan, 'dataset', warandpeace.id, warandpeace.id],
      [annafan, 'group', roger.id, roger.id], [annafan, 'user', id(testsysadmin), 'testsysadmin'],
      [joeadmin, 'dataset', warandpeace.id, 'warandpeace'], [joeadmin, 'group', roger.id, 'roger'],
    ]
    for (const [follower, noun, objectId, arg] of cases) {
      const followerId = id(follower)
      const before = {
        followers: t.call(`${noun}_follower_count`, t.anonymous, { id: objectId }),
        followees: t.call(`${noun}_followee_count`, t.anonymous, { id: followerId }),
        all: t.call('followee_count', t.anonymous, { id: followerId }),
        list: t.call('followee_list', testsysadmin, { id: followerId }).length,
      }
      expect(t.call(`am_following_${noun}`, follower, { id: objectId })).toBe(false)
      const start = Date.now()
      const row = t.call(`follow_${noun}`, follower, { id: arg })
      expect(row).toMatchObject({ follower_id: followerId, object_id: objectId })
      // CKAN's timestamp form: naive UTC with microseconds (left out on the second, as Python's isoformat does), within the call.
      expect(row.datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?$/)
      expect(Date.parse(`${row.datetime}Z`)).toBeGreaterThanOrEqual(start - 1000)
      expect(Date.parse(`${row.datetime}Z`)).toBeLessThanOrEqual(Date.now() + 1000)
      expect(t.call(`am_following_${noun}`, follower, { id: objectId })).toBe(true)
      const followers = t.call(`${noun}_follower_list`, testsysadmin, { id: objectId })
      expect(followers.length).toBe(before.followers + 1)
      expect(followers.filter((f: any) => f.id === followerId)).toHaveLength(1)
      const followees = t.call(`${noun}_followee_list`, testsysadmin, { id: followerId })
      expect(followees.length).toBe(before.followees + 1)
      expect(followees.filter((f: any) => f.id === objectId)).toHaveLength(1)
      expect(t.call(`${noun}_follower_count`, t.anonymous, { id: objectId })).toBe(before.followers + 1)
      expect(t.call(`${noun}_followee_count`, t.anonymous, { id: followerId })).toBe(before.followees + 1)
      expect(t.call('followee_count', t.anonymous, { id: followerId })).toBe(before.all + 1)
      const all = t.call('followee_list', testsysadmin, { id: followerId })
      expect(all.length).toBe(before.list + 1)
      expect(all.filter((f: any) => f.dict.id === objectId)).toHaveLength(1)
    }
    for (const [noun, ids] of [
      ['user', [id(russianfan), 'russianfan', id(testsysadmin), 'testsysadmin']],
      ['dataset', [warandpeace.id, 'warandpeace']], ['group', [roger.id, 'roger']],
    ] as const) {
      for (const objectId of ids) {
        const error = t.failure(`follow_${noun}`, annafan, { id: objectId })
        expect(error.__type).toBe('Validation Error')
        expect(error.message).toMatch(/^You are already following /)
      }
    }
    expect(t.failure('follow_user', annafan, { id: id(annafan) })).toMatchObject({ message: 'You cannot follow yourself' })
    t.close()
  })

  it('test_04: counts and lists of bad, missing and unfollowed ids; am_following refuses anonymous callers with a bare "Access denied"', () => {
    const { t, testsysadmin, annafan, russianfan, annakarenina, warandpeace, roger, david, id } = createTestData()
    const bad = ['bad id', '     ', 3, 35.7, 'xxx', '']
    for (const noun of nouns) {
      for (const objectId of bad) {
        expect(t.failure(`${noun}_follower_count`, t.anonymous, { id: objectId })).toHaveProperty('id')
        expect(t.failure(`${noun}_follower_list`, testsysadmin, { id: objectId }).id).toBeTruthy()
      }
      expect(t.failure(`${noun}_follower_count`, t.anonymous, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
      expect(t.failure(`${noun}_follower_list`, testsysadmin, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
    }
    expect(t.call('user_follower_count', t.anonymous, { id: id(annafan) })).toBe(0)
    expect(t.call('dataset_follower_count', t.anonymous, { id: annakarenina.id })).toBe(0)
    expect(t.call('group_follower_count', t.anonymous, { id: david.id })).toBe(0)
    expect(t.call('user_follower_list', testsysadmin, { id: id(annafan) })).toEqual([])
    expect(t.call('dataset_follower_list', testsysadmin, { id: annakarenina.id })).toEqual([])
    expect(t.call('group_follower_list', testsysadmin, { id: david.id })).toEqual([])
    for (const action of ['followee', 'user_followee', 'dataset_followee', 'group_followee']) {
      for (const objectId of bad) {
        expect(t.failure(`${action}_count`, t.anonymous, { id: objectId })).toHaveProperty('id')
        expect(t.failure(`${action}_list`, testsysadmin, { id: objectId }).id).toBeTruthy()
      }
      expect(t.failure(`${action}_count`, t.anonymous, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
      expect(t.failure(`${action}_list`, testsysadmin, {})).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
      expect(t.call(`${action}_count`, t.anonymous, { id: id(russianfan) })).toBe(0)
      expect(t.call(`${action}_list`, russianfan, { id: id(russianfan) })).toEqual([])
    }
    const objects = { user: id(annafan), dataset: warandpeace.id, group: roger.id }
    for (const noun of nouns) {
      for (const objectId of ['bad id', '     ', 3, 35.7, 'xxx']) {
        expect(t.failure(`am_following_${noun}`, annafan, { id: objectId }).id[0]).toMatch(/^Not found: /)
      }
      for (const params of [{}, { id: null }, { id: '' }]) {
        expect(t.failure(`am_following_${noun}`, annafan, params)).toEqual({ __type: 'Validation Error', id: ['Missing value'] })
      }
      expect(t.failure(`am_following_${noun}`, t.anonymous, { id: objects[noun] })).toEqual({ __type: 'Authorization Error', message: 'Access denied' })
    }
    t.close()
  })
})

describe('TestFollowerCascade', () => {
  it('test_01_on_delete_cascade_api: a purged dataset or group is gone from every follower action', () => {
    const { t, testsysadmin, annafan, joeadmin, annakarenina, warandpeace, david } = createTestData()
    t.call('follow_dataset', joeadmin, { id: annakarenina.id })
    t.call('follow_dataset', testsysadmin, { id: warandpeace.id })
    t.call('follow_group', testsysadmin, { id: david.id })
    t.call('dataset_purge', t.sysadmin, { id: 'warandpeace' })
    t.call('group_purge', t.sysadmin, { id: 'david' })

    for (const [noun, name] of [['dataset', 'warandpeace'], ['group', 'david']]) {
      expect(t.failure(`${noun}_follower_list`, testsysadmin, { id: name })).toHaveProperty('id')
      expect(t.failure(`${noun}_follower_count`, t.anonymous, { id: name })).toHaveProperty('id')
      expect(t.failure(`am_following_${noun}`, testsysadmin, { id: name })).toHaveProperty('id')
      expect(t.failure(`follow_${noun}`, annafan, { id: name })).toHaveProperty('id')
    }
    expect(t.failure('unfollow_dataset', testsysadmin, { id: 'warandpeace' })).toEqual({ __type: 'Validation Error', id: ['Not found: Dataset'] })
    expect(t.failure('unfollow_group', testsysadmin, { id: 'david' })).toEqual({ __type: 'Validation Error', id: ['Not found: Group'] })
    expect(t.call('followee_list', testsysadmin, { id: 'testsysadmin' })).toEqual([])
    expect(t.call('dataset_follower_list', testsysadmin, { id: annakarenina.id }).map((f: any) => f.name)).toEqual(['joeadmin'])
    t.close()
  })
})
