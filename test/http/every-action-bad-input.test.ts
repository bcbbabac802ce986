/**
 * Every action, every parameter it declares (and the parameters CKAN
 * clients commonly send), each given values of the wrong type or range:
 * the answer is always a CKAN envelope with a 4xx or a success, never a 500,
 * and the database stays sound. This sweep found activity lists that looked
 * up a list or boolean `id` unconverted, offsets past 2^53 that SQLite
 * refused as floats, and blank limits the autocomplete actions passed on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registry } from '../../electron/engine/registry.ts'
import { startDoor, type Door } from './door.ts'

/** Parameter names CKAN clients send, beside those each action's schema declares. */
const commonKeys = [
  'id', 'name', 'q', 'fq', 'rows', 'start', 'sort', 'limit', 'offset', 'all_fields', 'user', 'user_id', 'username', 'role',
  'object', 'object_type', 'capacity', 'owner_org', 'groups', 'tags', 'resources', 'extras', 'url', 'title', 'package_id',
  'resource_id', 'order', 'jti', 'token', 'vocabulary_id', 'match', 'update', 'filter', 'include', 'organization_id',
  'permission', 'type', 'facet.field', 'include_datasets', 'state', 'private', 'email', 'password', 'activity_types',
  'after', 'before', 'format',
]

/** Values of the wrong type or out of range for most parameters. */
const badValues: unknown[] = [
  null, true, 0, -1, 1e308, '', '  ', '99999999999999999999', [], ['a', 'b'], {}, { a: { b: [] } }, [{}], [null], '\u0000', "' OR 1=1 --",
]

/** Sent with every bad value: a dataset, and a text to look for, so autocomplete and search actions read every other parameter too. */
const baseParams = { id: 'ds1', q: 'ds', query: 'name:ds' }

let door: Door
beforeAll(async () => {
  door = await startDoor()
  const { t } = door
  t.call('organization_create', t.sysadmin, { name: 'org1' })
  t.call('group_create', t.sysadmin, { name: 'grp1' })
  t.call('package_create', t.sysadmin, {
    name: 'ds1',
    owner_org: 'org1',
    groups: [{ name: 'grp1' }],
    resources: [{ url: 'http://example.org/data.csv' }],
    tags: [{ name: 'water' }],
  })
  t.call('user_create', t.sysadmin, { name: 'u1', email: 'u1@example.org', password: 'password123' })
})
afterAll(() => door?.close())

describe('every action given bad values', () => {
  it('answers each with a CKAN envelope and never a 5xx, as a sysadmin and anonymously', async () => {
    const failures: string[] = []
    let sent = 0
    // Sync actions reach out to remote sites: their own tests cover bad input without a network.
    for (const [name, action] of [...registry].filter(([name]) => !name.startsWith('shelfmark_'))) {
      for (const key of new Set([...Object.keys(action.schema ?? {}), ...commonKeys])) {
        for (const value of badValues) {
          for (const headers of [{ authorization: door.adminToken }, {}] as Record<string, string>[]) {
            const reply = await door.request(`/api/3/action/${name}`, { method: 'POST', body: { ...baseParams, [key]: value }, headers })
            sent += 1
            if (reply.status >= 500 || typeof reply.json?.success !== 'boolean') {
              failures.push(`${name} ${key}=${JSON.stringify(value)} → ${reply.status} ${reply.text.slice(0, 200)}`)
            }
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(50_000)
    expect(failures).toEqual([])
    expect(door.t.engine.db.pragma('integrity_check', { simple: true })).toBe('ok')
  }, 600_000)
})

/** Query-string values a GET may carry: NUL, bytes that are not UTF-8, a repeated key, quotes, numbers out of range. */
const badQueryValues = ['%00', '%FF', '%C3%28', '%27%20OR%201%3D1', '', '%20', '1e308', '99999999999999999999', '-5']

describe('every read action given bad query strings', () => {
  it('answers each GET with a CKAN envelope and never a 5xx', async () => {
    const failures: string[] = []
    for (const [name, action] of [...registry].filter(([name, action]) => action.readOnly && !name.startsWith('shelfmark_'))) {
      for (const key of new Set([...Object.keys(action.schema ?? {}), ...commonKeys])) {
        for (const value of [...badQueryValues, `a&${key}=b`]) {
          const base = Object.entries(baseParams).filter(([name]) => name !== key).map(([name, text]) => `${name}=${text}`).join('&')
          const reply = await door.request(`/api/3/action/${name}?${base}&${key}=${value}`, { headers: { authorization: door.adminToken } })
          if (reply.status >= 500 || typeof reply.json?.success !== 'boolean') failures.push(`${name} ${key}=${value} → ${reply.status}`)
        }
      }
    }
    expect(failures).toEqual([])
  }, 600_000)
})

describe('the cases the sweep found', () => {
  it('activity lists look up a non-string id as its text, as CKAN does: 404', async () => {
    for (const name of ['package_activity_list', 'organization_activity_list', 'group_activity_list', 'user_activity_list', 'activity_show']) {
      // Each is looked up by its JSON text ("4.5", '["a", "b"]'), which no name can be.
      for (const id of [4.5, ['a', 'b'], { id: 'x' }]) {
        const reply = await door.request(`/api/3/action/${name}`, { method: 'POST', body: { id }, headers: { authorization: door.adminToken } })
        expect(reply.status, `${name} ${JSON.stringify(id)}`).toBe(404)
        expect(reply.json.error).toEqual({ __type: 'Not Found Error', message: 'Not found' })
      }
    }
  })

  it('refuses an integer beyond 2^53 as an invalid integer, and a moment beyond a Date as a bad date', async () => {
    const offset = await door.request('/api/3/action/package_list?offset=99999999999999999999')
    expect(offset.status).toBe(409)
    expect(offset.json.error).toEqual({ __type: 'Validation Error', offset: ['Invalid integer'] })
    const limit = await door.request('/api/3/action/group_list', { method: 'POST', body: { limit: 1e308 } })
    expect(limit.status).toBe(409)
    expect(limit.json.error).toEqual({ __type: 'Validation Error', limit: ['Invalid integer'] })
    const before = await door.request('/api/3/action/package_activity_list?id=ds1&before=99999999999999999999')
    expect(before.status).toBe(409)
    expect(before.json.error).toEqual({ __type: 'Validation Error', before: ['Date format incorrect'] })
  })

  it("shelfmark_job_list takes a non-string remote as its text: no such remote's jobs", async () => {
    for (const remote of [true, ['a'], { a: 1 }]) {
      const reply = await door.request('/api/3/action/shelfmark_job_list', { method: 'POST', body: { remote }, headers: { authorization: door.adminToken } })
      expect(reply.status).toBe(200)
      expect(reply.json.result).toEqual([])
    }
  })

  it('takes a blank limit or offset (CKAN: a 500) as not given', async () => {
    // Its own dataset: the sweep above may have deleted or purged ds1.
    door.t.call('package_create', door.t.sysadmin, { name: 'blank-limits', owner_org: 'org1' })
    const adminGet = (path: string) => door.request(path, { headers: { authorization: door.adminToken } })
    for (const blank of ['', '%20%20']) {
      const suggestions = await adminGet(`/api/3/action/package_autocomplete?q=blank-limits&limit=${blank}`)
      expect(suggestions.json.result.map((d: any) => d.name)).toEqual(['blank-limits'])
      // Activity lists: the default page, not the single row a blank limit once gave.
      const changes = await adminGet(`/api/3/action/dashboard_activity_list?limit=${blank}&offset=${blank}`)
      expect(changes.status).toBe(200)
      expect(changes.json.result.length).toBeGreaterThan(1)
      const found = await adminGet(`/api/3/action/package_search?rows=${blank}`)
      expect(found.json.result.results).toHaveLength(Math.min(found.json.result.count, 10))
    }
  })

  it('still pages with the largest safe offset: an empty page', async () => {
    const reply = await door.request(`/api/3/action/package_list?offset=${Number.MAX_SAFE_INTEGER}`)
    expect(reply.status).toBe(200)
    expect(reply.json.result).toEqual([])
  })
})
