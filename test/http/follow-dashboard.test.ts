/**
 * Following and the dashboard over the real HTTP door, as a CKAN client sees
 * them: status codes, envelopes and the error bodies CKAN 2.10 sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDoor, type Door } from './door.ts'

let door: Door
let aliceToken: string

beforeAll(async () => {
  door = await startDoor()
  const { t } = door
  t.call('user_create', t.sysadmin, { name: 'alice', email: 'alice@example.org', password: 'password123' })
  aliceToken = t.call('api_token_create', t.sysadmin, { user: 'alice', name: 'test' }).token
  t.call('organization_create', t.sysadmin, { name: 'rivers-org' })
  t.call('package_create', t.sysadmin, { name: 'open-data', owner_org: 'rivers-org' })
  t.call('package_create', t.sysadmin, { name: 'secret-data', owner_org: 'rivers-org', private: true })
})
afterAll(() => door?.close())

describe('following over HTTP', () => {
  it('follows, refuses a second follow with 409, counts for anyone, unfollows, then answers 404', async () => {
    const followed = await door.action('follow_group', { id: 'rivers-org' }, aliceToken)
    expect(followed.status).toBe(200)
    expect(followed.json.result).toMatchObject({ object_id: door.t.call('organization_show', door.t.sysadmin, { id: 'rivers-org' }).id })

    const twice = await door.action('follow_group', { id: 'rivers-org' }, aliceToken)
    expect(twice.status).toBe(409)
    expect(twice.json.error).toEqual({ message: 'You are already following rivers-org', __type: 'Validation Error' })

    const count = await door.request('/api/3/action/organization_follower_count?id=rivers-org')
    expect(count.status).toBe(200)
    expect(count.json.result).toBe(1)
    const shown = await door.request('/api/3/action/organization_show?id=rivers-org')
    expect(shown.json.result.num_followers).toBe(1)

    expect((await door.action('unfollow_group', { id: 'rivers-org' }, aliceToken)).json.result).toBeNull()
    const again = await door.action('unfollow_group', { id: 'rivers-org' }, aliceToken)
    expect(again.status).toBe(404)
    expect(again.json.error).toEqual({ __type: 'Not Found Error', message: 'Not found: You are not following rivers-org.' })
  })

  it('answers anonymous follows and non-sysadmin follower lists with 403', async () => {
    const anonymous = await door.action('follow_dataset', { id: 'open-data' }, null)
    expect(anonymous.status).toBe(403)
    expect(anonymous.json.error).toEqual({ __type: 'Authorization Error', message: 'Access denied: You must be logged in to follow a dataset.' })
    const list = await door.request('/api/3/action/dataset_follower_list?id=open-data', { headers: { authorization: aliceToken } })
    expect(list.status).toBe(403)
    expect(list.json.error.message).toBe('Access denied: Not authorized')
    expect((await door.request('/api/3/action/dataset_follower_list?id=open-data', { headers: { authorization: door.adminToken } })).status).toBe(200)
  })
})

describe('the dashboard over HTTP', () => {
  it('shows her own activity and a followed organization\'s public activity, counts and marks it', async () => {
    await door.action('follow_group', { id: 'rivers-org' }, aliceToken)
    const list = await door.request('/api/3/action/dashboard_activity_list', { headers: { authorization: aliceToken } })
    expect(list.status).toBe(200)
    expect(list.json.result.map((a: any) => a.data.package?.name ?? a.activity_type)).toEqual(['open-data', 'new organization', 'new user'])
    expect(list.json.result.every((a: any) => typeof a.is_new === 'boolean')).toBe(true)

    const counted = await door.request('/api/3/action/dashboard_new_activities_count', { headers: { authorization: aliceToken } })
    expect(counted.json.result).toBe(2)
    expect((await door.request('/api/3/action/dashboard_mark_activities_old', { headers: { authorization: aliceToken } })).status).toBe(400)
    expect((await door.action('dashboard_mark_activities_old', {}, aliceToken)).json.result).toBeNull()
    expect((await door.action('dashboard_new_activities_count', {}, aliceToken)).json.result).toBe(0)
  })

  it('answers an anonymous caller with 403 and CKAN\'s messages', async () => {
    const list = await door.request('/api/3/action/dashboard_activity_list')
    expect(list.status).toBe(403)
    expect(list.json.error).toEqual({ __type: 'Authorization Error', message: 'Access denied: You must be logged in to access your dashboard.' })
    const mark = await door.action('dashboard_mark_activities_old', {}, null)
    expect(mark.status).toBe(403)
    expect(mark.json.error.message).toBe('Access denied: Action dashboard_mark_activities_old requires an authenticated user')
  })
})
