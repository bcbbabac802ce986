/**
 * CKAN's Util API autocomplete routes over the real HTTP door: the shapes
 * CKAN 2.10's views/api.py answers, its query arguments and defaults, JSONP,
 * who the caller is, and the Action API's error envelope where CKAN would
 * show an error page.
 */
import { request } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../electron/server/server.ts'
import { testEngine, type TestEngine } from '../helpers/test-engine.ts'
import { jsonType, startDoor, type Door } from './door.ts'

let door: Door
let aliceToken: string

beforeAll(async () => {
  door = await startDoor()
  const { t } = door
  t.call('user_create', t.sysadmin, { name: 'alice', fullname: 'Alice Rivers', email: 'alice@example.org', password: 'password123' })
  t.call('user_create', t.sysadmin, { name: 'riverman', email: 'riverman@example.org', password: 'password123' })
  aliceToken = t.call('api_token_create', t.sysadmin, { user: 'alice', name: 'test' }).token
  t.call('organization_create', t.sysadmin, { name: 'rivers-org', title: 'Rivers Office' })
  t.call('organization_create', t.sysadmin, { name: 'lakes-org', title: 'Lakes and Rivers' })
  t.call('organization_member_create', t.sysadmin, { id: 'rivers-org', username: 'alice', role: 'member' })
  t.call('group_create', t.sysadmin, { name: 'river-maps', title: 'River maps' })
  t.call('group_create', t.sysadmin, { name: 'weather', title: 'Weather' })
  t.call('vocabulary_create', t.sysadmin, { name: 'waterways', tags: [{ name: 'river-delta' }, { name: 'canal' }] })
  const resource = (format: string) => ({ url: `http://example.org/data.${format.toLowerCase()}`, format })
  t.call('package_create', t.sysadmin, {
    name: 'river-levels',
    title: 'River levels',
    owner_org: 'rivers-org',
    tags: [{ name: 'river' }, { name: 'riverbank' }, { name: 'rainfall' }],
    resources: [resource('CSV'), resource('GeoJSON')],
  })
  t.call('package_create', t.sysadmin, {
    name: 'flood-warnings',
    title: 'Warnings of rising rivers',
    owner_org: 'rivers-org',
    tags: [{ name: 'river' }, { name: 'flood' }],
    resources: [resource('CSV'), resource('JSON')],
  })
  t.call('package_create', t.sysadmin, {
    name: 'river-secret',
    title: 'Secret survey',
    owner_org: 'rivers-org',
    private: true,
    tags: [{ name: 'riverside-secret' }],
    resources: [resource('JSONL')],
  })
})
afterAll(() => door?.close())

/** A GET as anonymous, or with alice's token. */
function get(path: string, token: string | null = null) {
  return door.request(path, { headers: token ? { authorization: token } : {} })
}

/** What /api/3/action/NAME answers for the same data (GET, query string). */
function viaActionApi(name: string, query: string, token: string | null = null) {
  return get(`/api/3/action/${name}?${query}`, token)
}

describe('/api/util/dataset/autocomplete', () => {
  const levels = { name: 'river-levels', title: 'River levels', match_field: 'name', match_displayed: 'river-levels' }
  const warnings = { name: 'flood-warnings', title: 'Warnings of rising rivers', match_field: 'title', match_displayed: 'Warnings of rising rivers (flood-warnings)' }
  const secret = { name: 'river-secret', title: 'Secret survey', match_field: 'name', match_displayed: 'river-secret' }

  it("answers package_autocomplete's matches inside a ResultSet, as CKAN's JSON", async () => {
    const reply = await get('/api/util/dataset/autocomplete?incomplete=river')
    expect(reply.status).toBe(200)
    expect(reply.contentType).toBe(jsonType)
    expect(reply.json).toEqual({ ResultSet: { Result: [levels, warnings] } })
  })

  it('offers a private dataset to a member with a token, never to anonymous', async () => {
    expect((await get('/api/util/dataset/autocomplete?incomplete=secret')).json).toEqual({ ResultSet: { Result: [] } })
    const member = await get('/api/util/dataset/autocomplete?incomplete=river', aliceToken)
    expect(member.json.ResultSet.Result).toEqual([levels, secret, warnings])
    const byApiKey = await door.request('/api/util/dataset/autocomplete?incomplete=secret', { headers: { 'x-ckan-api-key': aliceToken } })
    expect(byApiKey.json.ResultSet.Result).toEqual([secret])
  })

  it('honours limit, and is served under /api/1 and /api/2 too', async () => {
    expect((await get('/api/util/dataset/autocomplete?incomplete=river&limit=1')).json.ResultSet.Result).toEqual([levels])
    for (const version of ['1', '2']) {
      const reply = await get(`/api/${version}/util/dataset/autocomplete?incomplete=river`)
      expect(reply.status).toBe(200)
      expect(reply.json.ResultSet.Result).toEqual([levels, warnings])
    }
  })

  it('does not call the action without incomplete: an empty Result, even with a bad limit', async () => {
    for (const query of ['', '?incomplete=', '?incomplete=&limit=abc', '?q=river']) {
      const reply = await get(`/api/util/dataset/autocomplete${query}`)
      expect(reply.status, query).toBe(200)
      expect(reply.json, query).toEqual({ ResultSet: { Result: [] } })
    }
  })

  it('reads the first of a repeated query argument, as werkzeug args.get', async () => {
    expect((await get('/api/util/dataset/autocomplete?incomplete=zzz&incomplete=river')).json.ResultSet.Result).toEqual([])
    expect((await get('/api/util/dataset/autocomplete?incomplete=river&incomplete=zzz&limit=1&limit=5')).json.ResultSet.Result).toEqual([levels])
  })
})

describe('/api/util/tag/autocomplete', () => {
  it('answers tag names as {Name} inside a ResultSet, from datasets the caller may read', async () => {
    const reply = await get('/api/2/util/tag/autocomplete?incomplete=river')
    expect(reply.status).toBe(200)
    expect(reply.contentType).toBe(jsonType)
    expect(reply.json).toEqual({ ResultSet: { Result: [{ Name: 'river' }, { Name: 'riverbank' }] } })
    const member = await get('/api/util/tag/autocomplete?incomplete=river', aliceToken)
    expect(member.json.ResultSet.Result).toEqual([{ Name: 'river' }, { Name: 'riverbank' }, { Name: 'riverside-secret' }])
  })

  it('honours limit, and searches a vocabulary given by vocabulary_id (an empty one is not passed)', async () => {
    expect((await get('/api/util/tag/autocomplete?incomplete=river&limit=1')).json.ResultSet.Result).toEqual([{ Name: 'river' }])
    const vocabulary = await get('/api/util/tag/autocomplete?incomplete=riv&vocabulary_id=waterways')
    expect(vocabulary.json).toEqual({ ResultSet: { Result: [{ Name: 'river-delta' }] } })
    const emptyVocabulary = await get('/api/util/tag/autocomplete?incomplete=riv&vocabulary_id=')
    expect(emptyVocabulary.json.ResultSet.Result).toEqual([{ Name: 'river' }, { Name: 'riverbank' }])
  })

  it('answers an unknown vocabulary with the Action API\'s 404 envelope', async () => {
    const reply = await get('/api/util/tag/autocomplete?incomplete=riv&vocabulary_id=nowhere')
    expect(reply.status).toBe(404)
    expect(reply.contentType).toBe(jsonType)
    expect(reply.json).toEqual((await viaActionApi('tag_autocomplete', 'q=riv&vocabulary_id=nowhere')).json)
    expect(reply.json).toMatchObject({ success: false, error: { __type: 'Not Found Error' } })
  })

  it('answers [] without incomplete', async () => {
    expect((await get('/api/util/tag/autocomplete?vocabulary_id=nowhere')).json).toEqual({ ResultSet: { Result: [] } })
  })
})

describe('/api/util/resource/format_autocomplete', () => {
  it('answers lower-cased formats as {Format}, most used first, readable datasets only', async () => {
    const reply = await get('/api/util/resource/format_autocomplete?incomplete=json')
    expect(reply.status).toBe(200)
    expect(reply.json).toEqual({ ResultSet: { Result: [{ Format: 'geojson' }, { Format: 'json' }] } })
    const member = await get('/api/2/util/resource/format_autocomplete?incomplete=json', aliceToken)
    expect(member.json.ResultSet.Result).toEqual([{ Format: 'geojson' }, { Format: 'json' }, { Format: 'jsonl' }])
    const counted = await get('/api/util/resource/format_autocomplete?incomplete=s')
    expect(counted.json.ResultSet.Result).toEqual([{ Format: 'csv' }, { Format: 'geojson' }, { Format: 'json' }])
  })

  it('honours limit, and answers [] without incomplete', async () => {
    expect((await get('/api/util/resource/format_autocomplete?incomplete=s&limit=1')).json.ResultSet.Result).toEqual([{ Format: 'csv' }])
    expect((await get('/api/util/resource/format_autocomplete')).json).toEqual({ ResultSet: { Result: [] } })
  })
})

describe('/api/util/user/autocomplete', () => {
  it("answers user_autocomplete's list itself, by q", async () => {
    const reply = await get('/api/util/user/autocomplete?q=river')
    expect(reply.status).toBe(200)
    expect(reply.contentType).toBe(jsonType)
    expect(reply.json.map((user: any) => [user.name, user.fullname])).toEqual([
      ['alice', 'Alice Rivers'],
      ['riverman', null],
    ])
    expect(Object.keys(reply.json[0]).sort()).toEqual(['fullname', 'id', 'name'])
    expect((await get('/api/2/util/user/autocomplete?q=river&limit=1')).json.map((user: any) => user.name)).toEqual(['alice'])
  })

  it('passes ignore_self: the caller is left out', async () => {
    const names = async (path: string) => (await get(path, aliceToken)).json.map((user: any) => user.name)
    expect(await names('/api/util/user/autocomplete?q=river')).toEqual(['alice', 'riverman'])
    expect(await names('/api/util/user/autocomplete?q=river&ignore_self=true')).toEqual(['riverman'])
  })

  it('answers [] without q (incomplete is not its argument)', async () => {
    expect((await get('/api/util/user/autocomplete?incomplete=river')).json).toEqual([])
  })
})

describe('/api/util/group/autocomplete and /api/util/organization/autocomplete', () => {
  it('answers groups only, as {id, name, title}', async () => {
    const reply = await get('/api/util/group/autocomplete?q=river')
    expect(reply.status).toBe(200)
    expect(reply.contentType).toBe(jsonType)
    const groupId = door.t.call('group_show', door.t.sysadmin, { id: 'river-maps' }).id
    expect(reply.json).toEqual([{ id: groupId, name: 'river-maps', title: 'River maps' }])
    expect((await get('/api/1/util/group/autocomplete?q=weath')).json.map((group: any) => group.name)).toEqual(['weather'])
    expect((await get('/api/util/group/autocomplete')).json).toEqual([])
  })

  it('answers organizations only, sorted by title, honouring limit', async () => {
    const reply = await get('/api/util/organization/autocomplete?q=river')
    expect(reply.status).toBe(200)
    expect(reply.json.map((org: any) => [org.name, org.title])).toEqual([
      ['lakes-org', 'Lakes and Rivers'],
      ['rivers-org', 'Rivers Office'],
    ])
    expect((await get('/api/2/util/organization/autocomplete?q=river&limit=1')).json.map((org: any) => org.name)).toEqual(['lakes-org'])
    expect((await get('/api/util/organization/autocomplete?q=')).json).toEqual([])
  })
})

describe("CKAN's default limits", () => {
  beforeAll(() => {
    const { t } = door
    const numbers = Array.from({ length: 21 }, (_, index) => index + 1)
    for (const n of numbers.slice(0, 11)) t.call('package_create', t.sysadmin, { name: `bulk-${n}`, owner_org: 'lakes-org' })
    t.call('package_create', t.sysadmin, {
      name: 'bulk-extras',
      owner_org: 'lakes-org',
      tags: numbers.slice(0, 11).map((n) => ({ name: `topic-${n}` })),
      resources: numbers.slice(0, 6).map((n) => ({ url: `http://example.org/${n}`, format: `ZZ${n}` })),
    })
    for (const n of numbers) t.call('group_create', t.sysadmin, { name: `bulk-group-${n}` })
  })

  it('takes a blank limit as none given, where the actions would fail with a 500', async () => {
    expect((await get('/api/util/dataset/autocomplete?incomplete=bulk-&limit=')).json.ResultSet.Result).toHaveLength(10)
    expect((await get('/api/util/resource/format_autocomplete?incomplete=zz&limit=%20')).json.ResultSet.Result).toHaveLength(5)
    for (const kind of ['user', 'group', 'organization']) {
      const reply = await get(`/api/util/${kind}/autocomplete?q=bulk&limit=`)
      expect(reply.status, kind).toBe(200)
      expect(reply.json.length, kind).toBe(kind === 'group' ? 20 : 0)
    }
  })

  it('answers 10 datasets, 10 tags, 5 formats and 20 groups when no limit is given', async () => {
    expect((await get('/api/util/dataset/autocomplete?incomplete=bulk-')).json.ResultSet.Result).toHaveLength(10)
    expect((await get('/api/util/tag/autocomplete?incomplete=topic')).json.ResultSet.Result).toHaveLength(10)
    expect((await get('/api/util/resource/format_autocomplete?incomplete=zz')).json.ResultSet.Result).toHaveLength(5)
    expect((await get('/api/util/group/autocomplete?q=bulk-group')).json).toHaveLength(20)
    expect((await get('/api/util/group/autocomplete?q=bulk-group&limit=21')).json).toHaveLength(21)
  })
})

describe('JSONP', () => {
  it('wraps a GET with a callback as CKAN does', async () => {
    const reply = await get('/api/util/tag/autocomplete?incomplete=river&callback=suggest')
    expect(reply.status).toBe(200)
    expect(reply.contentType).toBe('application/javascript;charset=utf-8')
    expect(reply.text).toBe('suggest({"ResultSet":{"Result":[{"Name":"river"},{"Name":"riverbank"}]}});')
    const orgs = await get('/api/util/organization/autocomplete?q=lakes&callback=%3Cb%3E')
    expect(orgs.text).toMatch(/^&lt;b&gt;\(\[\{.*"name":"lakes-org".*\}\]\);$/)
  })

  it('keeps the caller of a callback request (unlike the Action API, CKAN does not drop it here)', async () => {
    const reply = await get('/api/util/dataset/autocomplete?incomplete=secret&callback=cb', aliceToken)
    expect(reply.text).toContain('"name":"river-secret"')
  })

  it('never wraps an error', async () => {
    const reply = await get('/api/util/dataset/autocomplete?incomplete=river&limit=abc&callback=cb')
    expect(reply.status).toBe(409)
    expect(reply.contentType).toBe(jsonType)
    expect(reply.json.success).toBe(false)
  })
})

describe('errors answer the Action API envelope', () => {
  it('answers limit=abc with the 409 Validation Error package_autocomplete gives', async () => {
    const reply = await get('/api/util/dataset/autocomplete?incomplete=river&limit=abc')
    expect(reply.status).toBe(409)
    expect(reply.contentType).toBe(jsonType)
    expect(reply.json).toEqual({
      help: `${door.url}/api/3/action/help_show?name=package_autocomplete`,
      success: false,
      error: { __type: 'Validation Error', limit: ['Invalid integer'] },
    })
    const direct = await viaActionApi('package_autocomplete', 'q=river&limit=abc')
    expect([direct.status, direct.json]).toEqual([409, reply.json])
  })

  it('answers a bad limit on every route with 409, naming its action', async () => {
    const routes: [string, string][] = [
      ['tag/autocomplete?incomplete=r', 'tag_autocomplete'],
      ['resource/format_autocomplete?incomplete=r', 'format_autocomplete'],
      ['user/autocomplete?q=r', 'user_autocomplete'],
      ['group/autocomplete?q=r', 'group_autocomplete'],
      ['organization/autocomplete?q=r', 'organization_autocomplete'],
    ]
    for (const [path, action] of routes) {
      const reply = await get(`/api/util/${path}&limit=-1`)
      expect(reply.status, path).toBe(409)
      expect(reply.json.help, path).toBe(`${door.url}/api/3/action/help_show?name=${action}`)
      expect(reply.json.error, path).toEqual({ __type: 'Validation Error', limit: ['Must be a natural number'] })
    }
  })

  it('refuses a NUL character as the Action API does (400), not with a 500', async () => {
    const reply = await get('/api/util/dataset/autocomplete?incomplete=riv%00er')
    expect(reply.status).toBe(400)
    expect(reply.json.error.__type).toBe('Integrity Error')
  })
})

describe('methods and paths', () => {
  it('answers HEAD as the GET without a body', async () => {
    const reply = await door.request('/api/util/tag/autocomplete?incomplete=river', { method: 'HEAD' })
    expect(reply.status).toBe(200)
    expect(reply.contentType).toBe(jsonType)
    expect(reply.text).toBe('')
  })

  it('answers other methods, /api/3/util and a trailing slash with a clean 404', async () => {
    const posted = await door.request('/api/util/tag/autocomplete?incomplete=river', { method: 'POST', body: {} })
    const deleted = await door.request('/api/util/user/autocomplete?q=river', { method: 'DELETE' })
    const version3 = await get('/api/3/util/tag/autocomplete?incomplete=river')
    const slashed = await get('/api/util/tag/autocomplete/?incomplete=river')
    for (const reply of [posted, deleted, version3, slashed]) {
      expect(reply.status).toBe(404)
      expect(reply.contentType).toBe(jsonType)
      expect(reply.json).toBe('Not found')
    }
  })
})

describe('with ckan.auth.public_user_details off', () => {
  let closed: TestEngine
  let server: RunningServer

  beforeAll(async () => {
    closed = testEngine({ config: { publicUserDetails: false } })
    server = await startServer({ engine: closed.engine, port: 0 })
  })
  afterAll(async () => {
    await server?.close()
    closed?.close()
  })

  async function send(path: string, headers: Record<string, string> = {}) {
    const response = await request(`${server.url}${path}`, { headers })
    return { status: response.statusCode, json: (await response.body.json()) as any }
  }

  it("refuses an anonymous user_autocomplete with user_list's 403 envelope", async () => {
    const reply = await send('/api/util/user/autocomplete?q=adm')
    expect(reply.status).toBe(403)
    expect(reply.json).toMatchObject({ success: false, error: { __type: 'Authorization Error' } })
    const direct = await send('/api/3/action/user_autocomplete?q=adm')
    expect([direct.status, direct.json]).toEqual([403, reply.json])
  })

  it('still answers a signed-in caller, and [] without q (the action is not called)', async () => {
    const token = closed.call('api_token_create', closed.sysadmin, { user: 'admin', name: 'test' }).token
    const reply = await send('/api/util/user/autocomplete?q=adm', { authorization: token })
    expect(reply.status).toBe(200)
    expect(reply.json.map((user: any) => user.name)).toEqual(['admin'])
    expect(await send('/api/util/user/autocomplete')).toEqual({ status: 200, json: [] })
  })
})
