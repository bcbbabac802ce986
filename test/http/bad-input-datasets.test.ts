/**
 * Bad input to the dataset actions over HTTP: wrong types, control
 * characters and SQL metacharacters in every string parameter. Each gets a
 * CKAN error with a 4xx, the server stays up, the database is unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jsonType, startDoor, type Door, type Reply } from './door.ts'

let door: Door
beforeAll(async () => {
  door = await startDoor()
  expect((await door.action('organization_create', { name: 'owner-org' })).status).toBe(200)
  expect((await door.action('package_create', { name: 'existing-dataset', owner_org: 'owner-org' })).status).toBe(200)
})
afterAll(() => door.close())

function expectCkanError(reply: Reply, label: string) {
  expect(reply.status, `${label}: ${reply.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400)
  expect(reply.status, label).toBeLessThan(500)
  expect(reply.contentType, label).toBe(jsonType)
  if (typeof reply.json === 'string') return expect(reply.json.startsWith('Bad request - '), label).toBe(true)
  expect(reply.json.success, label).toBe(false)
  expect(typeof reply.json.error.__type, label).toBe('string')
}

const payloads = ["'; DROP TABLE packages; --", '" OR 1=1 --', "existing-dataset' OR '1'='1", '%', '_', '\\', '*:*', 'a\u0000b', '\u202e']

/** package_create's string parameters (CKAN's default_create_package_schema). */
const datasetFields = [
  'name', 'title', 'owner_org', 'notes', 'url', 'version', 'author', 'author_email',
  'maintainer', 'maintainer_email', 'license_id', 'state', 'type', 'id', 'plugin_data',
]

describe('package_create and package_update with wrong types', () => {
  const cases: Record<string, unknown>[] = [
    { name: 'typed-1', owner_org: 'owner-org', private: 1 }, // CKAN 2.10: 500; ours: 409
    { name: 'typed-2', owner_org: 'owner-org', extras: { key: 'value' } }, // 031: 400 Integrity Error
    { name: 'typed-3', owner_org: 'owner-org', tags: [{ name: 'ok' }, { name: 'Not Valid!' }] },
    { name: 'typed-4', owner_org: 'owner-org', resources: [{ url: 'http://x', position: 'first', size: 'big' }] },
    { name: 'typed-5', owner_org: 'owner-org', groups: 'no-such-group' }, // a string where a list of dicts belongs
    { name: ['typed-6'], owner_org: 'owner-org' },
    { name: 'typed-7', owner_org: ['owner-org', 'owner-org'] },
    { name: 'typed-8', owner_org: { id: 'owner-org' } },
  ]
  it('answers each with a CKAN error, never a 500', async () => {
    const before = door.fingerprint()
    for (const params of cases) expectCkanError(await door.action('package_create', params), JSON.stringify(params))
    expectCkanError(await door.action('package_update', { id: 'existing-dataset', private: 1 }), 'package_update private 1')
    expectCkanError(await door.action('package_patch', { id: 'existing-dataset', extras: 'x' }), 'package_patch extras string')
    expect(door.fingerprint()).toBe(before)
    expect((await door.action('package_create', cases[0])).status).toBe(409)
  })
})

describe('SQL metacharacters and control characters in every string parameter', () => {
  it('fail package_create cleanly (an invalid name keeps every call failing), nothing written', async () => {
    const before = door.fingerprint()
    for (const payload of payloads) {
      for (const field of datasetFields) {
        const params = { name: 'Bad Name!', owner_org: 'owner-org', [field]: payload }
        expectCkanError(await door.action('package_create', params), `package_create ${field}=${JSON.stringify(payload)}`)
      }
      const resourceParams = { package_id: payload, url: payload, name: payload, format: payload, description: payload }
      expectCkanError(await door.action('resource_create', resourceParams), `resource_create ${JSON.stringify(payload)}`)
    }
    expect(door.fingerprint()).toBe(before)
  })

  it('find nothing in read actions, by GET', async () => {
    const before = door.fingerprint()
    for (const payload of payloads) {
      for (const action of ['package_show', 'resource_show', 'tag_show', 'package_activity_list']) {
        const reply = await door.request(`/api/3/action/${action}?id=${encodeURIComponent(payload)}`)
        expectCkanError(reply, `${action} ${JSON.stringify(payload)}`)
        expect(reply.status).toBe(payload.includes('\u0000') ? 400 : 404) // the door refuses NUL itself
      }
      const list = await door.request(`/api/3/action/package_list?limit=${encodeURIComponent(payload)}`)
      expectCkanError(list, `package_list limit=${JSON.stringify(payload)}`)
    }
    expect(door.fingerprint()).toBe(before)
  })

  it('never break package_search (a 4xx or results, never a 500)', async () => {
    const before = door.fingerprint()
    for (const payload of payloads) {
      for (const param of ['q', 'fq', 'sort']) {
        const reply = await door.request(`/api/3/action/package_search?${param}=${encodeURIComponent(payload)}`)
        expect(reply.status, `${param}=${JSON.stringify(payload)}: ${reply.text.slice(0, 200)}`).toBeLessThan(500)
        expect(reply.contentType).toBe(jsonType)
        if (reply.status === 200) expect(reply.json.result.count).toBeLessThanOrEqual(1)
      }
    }
    expect(door.fingerprint()).toBe(before)
    expect((await door.request('/api/3/action/package_show?id=existing-dataset')).status).toBe(200)
  })

  it('are kept verbatim in free-text fields', async () => {
    const text = payloads.filter((payload) => !payload.includes('\u0000')).join(' | ')
    const created = await door.action('package_create', { name: 'sql-text-dataset', owner_org: 'owner-org', title: text, notes: text, author: text })
    expect(created.status, created.text.slice(0, 300)).toBe(200)
    const shown = await door.request('/api/3/action/package_show?id=sql-text-dataset')
    expect(shown.json.result).toMatchObject({ title: text, notes: text, author: text })
  })
})
