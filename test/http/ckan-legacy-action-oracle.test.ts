/**
 * CKAN's ckan/tests/legacy/logic/test_action.py over the real HTTP door: the
 * help links, status codes, bare-400 strings and GET forms its webtest
 * client checks. The engine-level rest is in
 * test/unit/engine/actions/package/ckan-legacy-action-oracle.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDoor, type Door } from './door.ts'

let door: Door
let userToken: string

beforeAll(async () => {
  door = await startDoor()
  const { t } = door
  t.user('annafan')
  userToken = t.call('api_token_create', t.sysadmin, { user: 'annafan', name: 'x' }).token
  t.call('organization_create', t.sysadmin, { name: 'home' })
  t.call('package_create', t.sysadmin, {
    name: 'annakarenina', owner_org: 'home',
    resources: [{ url: 'http://datahub.io/index.json', format: 'JSON', description: 'Index of the novel' }],
  })
  t.call('package_create', t.sysadmin, { name: 'warandpeace', owner_org: 'home' })
})
afterAll(() => door?.close())

describe('test_action.py over HTTP', () => {
  it('test_01_package_list: POST with no body, form-encoded JSON key, and GET', async () => {
    const post = await door.request('/api/action/package_list', { method: 'POST', headers: { 'content-type': 'application/json' } })
    expect(post.json.success).toBe(true)
    expect([...post.json.result].sort()).toEqual(['annakarenina', 'warandpeace'])
    expect(post.json.help).toContain('/api/3/action/help_show?name=package_list')
    const form = await door.request('/api/action/package_list', {
      body: `${encodeURIComponent(JSON.stringify({ limit: 1 }))}=1`, headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(form.json.result).toHaveLength(1)
    const get = await door.request('/api/action/package_list')
    expect(get.json.result).toHaveLength(2)
  })

  it('test_10/11: user_create validation errors carry the help link and success false', async () => {
    const missing = await door.action('user_create', {})
    expect(missing.status).toBe(409)
    expect(missing.json.help).toContain('/api/3/action/help_show?name=user_create')
    expect(missing.json.success).toBe(false)
    expect(missing.json.error).toEqual({ __type: 'Validation Error', name: ['Missing value'], email: ['Missing value'], password: ['Missing value'] })
  })

  it('test_12_user_update: a user updating another gets 403 with the help link', async () => {
    const reply = await door.action('user_update', { id: 'admin', fullname: 'x', email: 'sys@test.org' }, userToken)
    expect(reply.status).toBe(403)
    expect(reply.json.help).toContain('/api/3/action/help_show?name=user_update')
    expect(reply.json.error.__type).toBe('Authorization Error')
    expect(reply.json.success).toBe(false)
  })

  it('test_16_user_autocomplete: no q is a 409 with the help link', async () => {
    const reply = await door.action('user_autocomplete', {}, null)
    expect(reply.status).toBe(409)
    expect(reply.json.help).toContain('/api/3/action/help_show?name=user_autocomplete')
    expect(reply.json.success).toBe(false)
  })

  it('test_17_bad_action: 400 with a bare JSON string', async () => {
    const reply = await door.action('bad_action_name', {}, null)
    expect(reply.status).toBe(400)
    expect(reply.json).toBe('Bad request - Action name not known: bad_action_name')
  })

  it('test_22_task_status_normal_user_not_authorized: 403 with the help link', async () => {
    const reply = await door.action('task_status_update', {}, userToken)
    expect(reply.status).toBe(403)
    expect(reply.json.help).toContain('/api/3/action/help_show?name=task_status_update')
    expect(reply.json.error.__type).toBe('Authorization Error')
  })

  it('test_31_bad_request_format: JSON that is no dict is a 400 string', async () => {
    const reply = await door.request('/api/action/package_list', {
      body: `${encodeURIComponent(JSON.stringify('not a dict'))}=1`, headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(reply.status).toBe(400)
    expect(reply.json).toContain("Bad request - JSON Error: Request data JSON decoded to 'not a dict' but it needs to be a dictionary.")
  })

  // The legacy test expects 'Bad request data: ... decoded to \'\''; 2.10's
  // api view tries the lone form key '' as JSON and reports its decoding error.
  it('test_31_bad_request_format_not_json: a lone form key that is no JSON is a 400 JSON Error', async () => {
    const reply = await door.request('/api/action/package_list', {
      body: '=1', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(reply.status).toBe(400)
    expect(reply.json).toMatch(/^Bad request - JSON Error: Error decoding JSON data\. /)
  })

  it('test_42_resource_search_accessible_via_get_request: a repeated query key is a list', async () => {
    const reply = await door.request('/api/action/resource_search?query=description:index&query=format:json')
    expect(reply.status).toBe(200)
    expect(reply.json.result.count).toBeGreaterThan(0)
    for (const r of reply.json.result.results) {
      expect(r.description.toLowerCase()).toContain('index')
      expect(r.format.toLowerCase()).toContain('json')
    }
  })
})
