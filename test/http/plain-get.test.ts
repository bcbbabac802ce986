/**
 * Plain Action API GETs are answered before Fastify (electron/server/plain-get.ts).
 * Each request here is sent twice: as is, and with a cookie, which sends it
 * down Fastify's route. Both must give the same status, headers and bytes,
 * and only the second may reach Fastify. Requests the plain path must leave
 * alone (JSONP, write actions, odd paths, foreign hosts, bodies) must reach it.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { request } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { buildServer } from '../../electron/server/server.ts'
import { haveFixtures } from '../helpers/portal-datasets.ts'
import { testEngine, type TestEngine } from '../helpers/test-engine.ts'

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/ckan/package_show')
// Real portal datasets: three groups and fourteen resources; one group; multilingual dicts and no group.
const fixtureFiles = [
  'package_show.data-gov-au.2014.ckan2.2.national-public-toilet-map.json',
  'package_show.ecocommons-dev.2021-06.ckan2.9.extras-groups.json',
  'package_show-result.open-canada-registry.2017.fluent-multilingual-scheming.json',
]

let t: TestEngine
let app: FastifyInstance
let url: string
let token: string
/** URLs of the requests that reached Fastify. */
const reachedFastify: string[] = []
const datasets: Record<string, any>[] = []

beforeAll(async () => {
  if (!haveFixtures) return // the real-portal datasets live beside the project (../shared)
  t = testEngine({ onDisk: true })
  for (const file of fixtureFiles) {
    const body = JSON.parse(readFileSync(join(fixturesDir, file), 'utf8'))
    const dict = body.result ?? body
    const org = dict.organization
    if (!t.engine.db.prepare('SELECT 1 FROM groups WHERE id = ?').get(org.id)) {
      t.call('organization_create', t.sysadmin, { id: org.id, name: org.name, title: org.title })
    }
    for (const group of dict.groups ?? []) t.call('group_create', t.sysadmin, { id: group.id, name: group.name, title: group.title })
    datasets.push(t.call('package_create', t.sysadmin, structuredClone(dict)))
  }
  // One private dataset, for a refusal.
  const org = datasets[0].owner_org
  datasets.push(t.call('package_create', t.sysadmin, { name: 'private-one', owner_org: org, private: true }))
  token = t.call('api_token_create', t.sysadmin, { user: 'admin', name: 'plain-get' }).token
  app = buildServer(t.engine)
  app.addHook('onRequest', (incoming, _reply, done) => {
    reachedFastify.push(incoming.url)
    done()
  })
  await app.listen({ host: '127.0.0.1', port: 0 })
  url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  t.engine.config.siteUrl = url
})

afterAll(async () => {
  await app?.close()
  t?.close()
})

type Sent = { status: number; headers: Record<string, unknown>; text: string }

async function send(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Sent> {
  const response = await request(`${url}${path}`, { method: method as 'GET', headers, body })
  const text = await response.body.text()
  const { date: _date, ...kept } = response.headers
  return { status: response.statusCode, headers: kept, text }
}

/** The request as is, and again down Fastify's route (a cookie that names no session sends it there). */
async function bothWays(path: string, headers: Record<string, string> = {}): Promise<{ plain: Sent; viaFastify: Sent; reached: string[] }> {
  reachedFastify.length = 0
  const plain = await send(path, headers)
  const reached = [...reachedFastify]
  const viaFastify = await send(path, { ...headers, cookie: 'unrelated=1' })
  return { plain, viaFastify, reached }
}

describe.skipIf(!haveFixtures)('plain GETs answered before Fastify', () => {
  const cases: [string, () => string, (() => Record<string, string>)?][] = [
    ['package_show of a dataset in three groups', () => `/api/3/action/package_show?id=${datasets[0].id}`, () => ({ authorization: token })],
    ['package_show by name, anonymous', () => `/api/3/action/package_show?id=${datasets[1].name}`],
    ['package_show of multilingual fields, key in X-CKAN-API-Key', () => `/api/action/package_show?id=${datasets[2].id}`, () => ({ 'x-ckan-api-key': token })],
    ['package_show of a private dataset, anonymous (403)', () => `/api/3/action/package_show?id=${datasets[3].id}`],
    ['package_show of a missing dataset (404)', () => '/api/3/action/package_show?id=no-such-dataset'],
    ['package_show without an id (409)', () => '/api/3/action/package_show'],
    ['a NUL character in the data (400)', () => '/api/3/action/package_show?id=a%00b'],
    ['package_search with repeated fq and facets', () => '/api/3/action/package_search?q=*:*&facet.field=["groups"]&rows=2&fq=state:active&fq=private:false'],
    ['package_list', () => '/api/3/action/package_list'],
    ['organization_list with all fields', () => '/api/3/action/organization_list?all_fields=true', () => ({ authorization: token })],
    ['status_show', () => '/api/3/action/status_show'],
    ['help_show', () => '/api/3/action/help_show?name=package_show'],
    ['a bad token, as anonymous', () => `/api/3/action/package_show?id=${datasets[0].id}`, () => ({ authorization: 'not-a-token' })],
    // ckanapi's RemoteCKAN(get_only=True): prepare_action's Content-Type goes on the GET too, with no body.
    [
      'ckanapi get_only: Content-Type application/json, no body',
      () => `/api/action/package_show?id=${datasets[0].name}&include_datasets=False`,
      () => ({ 'content-type': 'application/json', 'x-ckan-api-key': token, authorization: token, 'user-agent': 'ckanapi/4.7 (+https://github.com/ckan/ckanapi)' }),
    ],
    ['a multipart Content-Type, no body', () => '/api/3/action/package_list', () => ({ 'content-type': 'multipart/form-data; boundary=x' })],
    ['a form Content-Type, no body', () => '/api/3/action/package_list?limit=1', () => ({ 'content-type': 'application/x-www-form-urlencoded' })],
  ]
  for (const [title, path, headers] of cases) {
    it(title, async () => {
      const { plain, viaFastify, reached } = await bothWays(path(), headers?.())
      expect(reached, 'the plain request reached Fastify').toEqual([])
      expect(plain).toEqual(viaFastify)
      expect(plain.headers['content-type']).toBe('application/json;charset=utf-8')
      expect(plain.headers['x-content-type-options']).toBe('nosniff')
      expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(plain.text))
    })
  }

  it('keeps the connection alive as Fastify did', async () => {
    const plain = await send('/api/3/action/status_show')
    expect(plain.headers.connection).toBe('keep-alive')
    expect(plain.headers['keep-alive']).toBe('timeout=72')
    expect(app.server.requestTimeout).toBe(0)
  })
})

describe.skipIf(!haveFixtures)('requests left to Fastify', () => {
  const left: [string, string, Record<string, string>?, string?, string?][] = [
    ['JSONP', '/api/3/action/status_show?callback=cb'],
    ['a write action', '/api/3/action/organization_create?name=via-get'],
    ['an unknown action', '/api/3/action/no_such_action'],
    ['a percent-encoded name', '/api/3/action/package%5Flist'],
    ['a trailing slash', '/api/3/action/package_list/'],
    ['another API version', '/api/2/action/package_list'],
    ['a body', '/api/3/action/package_list', { 'content-type': 'application/json' }, 'GET', '{"limit": 1}'],
    ['HEAD', '/api/3/action/package_list', {}, 'HEAD'],
    ['POST', '/api/3/action/package_list', { 'content-type': 'application/json' }, 'POST', '{}'],
  ]
  for (const [title, path, headers, method, body] of left) {
    it(title, async () => {
      reachedFastify.length = 0
      const sent = await send(path, headers, method, body)
      expect(reachedFastify).toEqual([path])
      expect(sent.status).toBeLessThan(500)
    })
  }

  it('a foreign Host (refused by the Host guard, a Fastify hook that runs before the counting one)', async () => {
    reachedFastify.length = 0
    const sent = await send('/api/3/action/package_list', { host: 'evil.example' })
    expect(sent.status).toBe(403)
    expect(JSON.parse(sent.text).error.__type).toBe('Authorization Error')
    expect(sent.text).not.toContain(datasets[0].name)
  })
})
