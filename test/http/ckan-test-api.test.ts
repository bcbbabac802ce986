/**
 * CKAN 2.10's ckan/tests/controllers/test_api.py restated against the HTTP
 * door: API version routes, GET versus POST, JSONP, the Util API
 * autocompletes, multipart uploads and token auth. Its cookie tests
 * (REMOTE_USER in the WSGI environ) and its i18n test (CKAN's JavaScript
 * translations, which Shelfmark does not serve) have no counterpart here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jsonType, startDoor, type Door } from './door.ts'
import { uploadFile } from './files-helpers.ts'

let door: Door

beforeAll(async () => {
  door = await startDoor()
})
afterAll(async () => {
  await door.close()
})

/** A door over an empty catalog with one organization, "org", to own datasets. */
async function freshDoor(): Promise<Door> {
  const fresh = await startDoor()
  fresh.t.call('organization_create', fresh.t.sysadmin, { name: 'org' })
  return fresh
}

describe('test_get_api_version', () => {
  it('answers /api/1..3 with their version and 404 for /api/0 and /api/4', async () => {
    for (const [ver, status, expected] of [[0, 404, 0], [1, 200, 1], [2, 200, 2], [3, 200, 3], [4, 404, 0]] as const) {
      const reply = await door.request(`/api/${ver}`)
      expect(reply.status, `/api/${ver}`).toBe(status)
      if (status === 200) expect(reply.json.version).toBe(expected)
    }
  })
})

describe('GET and POST', () => {
  it('test_readonly_is_get_able_with_normal_url_params', async () => {
    const reply = await door.request('/api/3/action/package_search?q=russian')
    expect(reply.status).toBe(200)
  })

  it('test_sideeffect_action_is_not_get_able: a GET with a JSON body is refused with 400', async () => {
    const reply = await door.request('/api/3/action/package_create', {
      method: 'GET',
      body: JSON.stringify({ type: 'dataset', name: 'a-name' }),
      headers: { 'content-type': 'application/json', authorization: door.adminToken },
    })
    expect(reply.status).toBe(400)
    expect(reply.text).toContain('Bad request - JSON Error: Invalid request. Please use POST method for your request')
  })

  it("reads a read action's JSON body on GET when the query string is empty, as CKAN's request.data (test_sideeffect_action_is_not_get_able sends one)", async () => {
    const get = (path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
      door.request(path, { method: 'GET', body, headers })
    door.t.call('organization_create', door.t.sysadmin, { name: 'get-body-org' })
    const listed = await get('/api/3/action/organization_list', JSON.stringify({ all_fields: true, limit: 1 }))
    expect(listed.status).toBe(200)
    expect(listed.json.result).toHaveLength(1)
    expect(typeof listed.json.result[0]).toBe('object')
    // Query arguments win over the body, and a body that is no JSON object is CKAN's 400.
    const byQuery = await get('/api/3/action/organization_list?all_fields=false', JSON.stringify({ all_fields: true }))
    expect(byQuery.json.result.every((name: unknown) => typeof name === 'string')).toBe(true)
    const array = await get('/api/3/action/organization_list', '[1]')
    expect(array.status).toBe(400)
    expect(array.json).toBe('Bad request - JSON Error: Request data JSON decoded to [1] but it needs to be a dictionary.')
  })

  it('test_unicode_in_error_message_works_ok: the message is JSON with \\u escapes', async () => {
    const reply = await door.request('/api/action/tag_delete', {
      body: `id=${encodeURIComponent('Delta symbol: \u0394')}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: door.adminToken },
    })
    expect(reply.status).toBe(404)
    expect(reply.text).toContain('Delta symbol: \\u0394')
  })

  it('test_resource_create_upload_file: a multipart upload by a token holder', async () => {
    const { t } = door
    t.call('user_create', t.sysadmin, { name: 'uploader', email: 'u@example.org', password: 'password123' })
    const token = t.call('api_token_create', t.sysadmin, { user: 'uploader', name: 'x' }).token
    const org = t.call('organization_create', t.sysadmin, { name: 'up-org', users: [{ name: 'uploader', capacity: 'editor' }] })
    const pkg = t.call('package_create', t.sysadmin, { name: 'up-pkg', owner_org: org.id })
    const reply = await uploadFile(
      door,
      'resource_create',
      { name: 'test-flask-upload', package_id: pkg.id },
      { name: 'test-upload.txt', bytes: 'upload-content' },
      token,
    )
    expect(reply.status).toBe(200)
    expect(reply.json.result.url_type).toBe('upload')
    expect(reply.json.result.size).toBe('upload-content'.length)
  })
})

describe('Util API autocompletes', () => {
  let d: Door
  beforeAll(async () => {
    d = await freshDoor()
    const { t } = d
    t.call('package_create', t.sysadmin, { name: 'rivers', title: 'Some title', owner_org: 'org' })
    t.call('package_create', t.sysadmin, { name: 'test_ri', title: 'Rivers', owner_org: 'org' })
    t.call('package_create', t.sysadmin, { name: 'tagged', owner_org: 'org', tags: [{ name: 'rivers \u30a2' }] })
    t.call('group_create', t.sysadmin, { name: 'rivers-g', title: 'Bridges' })
    t.call('group_create', t.sysadmin, { name: 'frogs', title: 'Bugs' })
    t.call('organization_create', t.sysadmin, { name: 'simple-dummy-org', title: 'Simple dummy org' })
    t.call('package_create', t.sysadmin, {
      name: 'formats',
      owner_org: 'org',
      resources: [
        { url: 'http://example.org/a', format: 'CSV' },
        { url: 'http://example.org/b', format: 'JSON' },
      ],
    })
  })
  afterAll(async () => {
    await d.close()
  })

  it('test_dataset_autocomplete_name', async () => {
    const reply = await d.request('/api/2/util/dataset/autocomplete?incomplete=rive')
    expect(reply.status).toBe(200)
    expect(reply.contentType).toBe(jsonType)
    expect(reply.json.ResultSet.Result[0]).toEqual({ match_field: 'name', name: 'rivers', match_displayed: 'rivers', title: 'Some title' })
  })

  it('test_dataset_autocomplete_title', async () => {
    const reply = await d.request('/api/2/util/dataset/autocomplete?incomplete=riv')
    const byTitle = reply.json.ResultSet.Result.find((r: any) => r.name === 'test_ri')
    expect(byTitle).toEqual({ match_field: 'title', name: 'test_ri', match_displayed: 'Rivers (test_ri)', title: 'Rivers' })
  })

  it('test_tag_autocomplete: a non-ASCII tag matched inside', async () => {
    const reply = await d.request(`/api/2/util/tag/autocomplete?incomplete=${encodeURIComponent('rs \u30a2')}`)
    expect(reply.status).toBe(200)
    expect(reply.contentType).toBe(jsonType)
    expect(reply.json).toEqual({ ResultSet: { Result: [{ Name: 'rivers \u30a2' }] } })
  })

  it('test_group_autocomplete_by_name and _by_title', async () => {
    const byName = await d.request('/api/2/util/group/autocomplete?q=rive')
    expect(byName.contentType).toBe(jsonType)
    expect(byName.json.map((g: any) => [g.name, g.title])).toEqual([['rivers-g', 'Bridges']])
    const byTitle = await d.request('/api/2/util/group/autocomplete?q=bug')
    expect(byTitle.json.map((g: any) => g.name)).toEqual(['frogs'])
  })

  it('test_organization_autocomplete_by_name and _by_title', async () => {
    const byName = await d.request('/api/2/util/organization/autocomplete?q=simple')
    expect(byName.contentType).toBe(jsonType)
    expect(byName.json.map((g: any) => [g.name, g.title])).toEqual([['simple-dummy-org', 'Simple dummy org']])
    const byTitle = await d.request('/api/2/util/organization/autocomplete?q=simple%20dum')
    expect(byTitle.json.map((g: any) => g.title)).toEqual(['Simple dummy org'])
  })

  it('test_format_autocomplete', async () => {
    const cases: [string | null, string[]][] = [[null, []], ['', []], ['cs', ['csv']], ['on', ['json']], ['s', ['csv', 'json']], ['xls', []]]
    for (const [incomplete, expected] of cases) {
      const query = incomplete === null ? '' : `?incomplete=${incomplete}`
      const reply = await d.request(`/api/2/util/resource/format_autocomplete${query}`)
      const found = reply.json.ResultSet.Result.map((r: any) => r.Format).sort()
      expect(found, String(incomplete)).toEqual(expected)
    }
  })
})

describe('JSONP and auth', () => {
  it('test_config_option_list_access_sysadmin (200) and _jsonp (403: a callback runs as anonymous)', async () => {
    const headers = { authorization: door.adminToken }
    expect((await door.request('/api/3/action/config_option_list', { headers })).status).toBe(200)
    expect((await door.request('/api/3/action/config_option_list?callback=myfn', { headers })).status).toBe(403)
  })

  it('test_jsonp_works_on_get_requests and test_jsonp_returns_javascript_content_type', async () => {
    const d = await freshDoor()
    try {
      d.t.call('package_create', d.t.sysadmin, { name: 'one', owner_org: 'org' })
      d.t.call('package_create', d.t.sysadmin, { name: 'two', owner_org: 'org' })
      const reply = await d.request('/api/3/action/package_list?callback=my_callback')
      expect(reply.text).toMatch(/^my_callback\(.*\);$/s)
      const body = JSON.parse(reply.text.slice('my_callback('.length, -2))
      expect(body.success).toBe(true)
      expect(body.result.sort()).toEqual(['one', 'two'])
      const status = await d.request('/api/3/action/status_show?callback=my_callback')
      expect(status.contentType).toContain('application/javascript')
    } finally {
      await d.close()
    }
  })

  it('test_jsonp_does_not_work_on_post_requests', async () => {
    const d = await freshDoor()
    try {
      d.t.call('package_create', d.t.sysadmin, { name: 'one', owner_org: 'org' })
      const reply = await d.request('/api/3/action/package_list?callback=my_callback', { method: 'POST' })
      expect(reply.text.startsWith('my_callback')).toBe(false)
      expect(reply.json.success).toBe(true)
      expect(reply.json.result).toEqual(['one'])
    } finally {
      await d.close()
    }
  })

  it('test_header_based_auth_default (GET) and _post (form-encoded package_patch)', async () => {
    const { t } = door
    const org = t.call('organization_create', t.sysadmin, { name: 'auth-org' })
    const pkg = t.call('package_create', t.sysadmin, { name: 'private-one', owner_org: org.id, private: true })
    const shown = await door.request(`/api/3/action/package_show?id=${pkg.id}`, { headers: { authorization: door.adminToken } })
    expect(shown.status).toBe(200)
    const patched = await door.request('/api/3/action/package_patch', {
      body: `id=${pkg.id}&notes=updated`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: door.adminToken },
    })
    expect(patched.status).toBe(200)
    expect(patched.json.result.notes).toBe('updated')
  })
})
