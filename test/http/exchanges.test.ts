/**
 * Replays the transport-level exchanges recorded from real CKAN 2.10
 * (082–092, 065) against the door: same request, same status, same content
 * type, same envelope (ids and the site URL mapped to ours).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDoor, type Door, type Reply } from './door.ts'

const exchangesDir = fileURLToPath(new URL('../../../shared/fixtures/ckan-2.10-exchanges/', import.meta.url))
const haveFixtures = existsSync(exchangesDir)
if (!haveFixtures) console.warn(`Skipping the CKAN exchange replays: ${exchangesDir} is absent`)

type Exchange = {
  request: { method: string; path: string; headers: Record<string, string>; body?: any }
  response: { status: number; content_type: string; body: any }
}

function exchange(number: string): Exchange {
  const file = readdirSync(exchangesDir).find((name) => name.startsWith(`${number}-`))!
  return JSON.parse(readFileSync(join(exchangesDir, file), 'utf8'))
}

let door: Door
const tokens: Record<string, string> = {}
/** Fixture ids → ours, applied to expected bodies. */
const ids = new Map<string, string>()

beforeAll(async () => {
  if (!haveFixtures) return
  door = await startDoor()
  const { t } = door
  const admin = t.sysadmin
  tokens['<sysadmin token>'] = door.adminToken
  t.call('organization_create', admin, { name: 'rec-org-ac8697', title: 'Recorder Org ac8697' })
  t.call('organization_create', admin, { name: 'rec-org2-ac8697', title: 'Recorder Org Two ac8697' })
  for (const [name, role] of [['editor-user-ac8697', 'editor'], ['member-user-ac8697', 'member']]) {
    t.call('user_create', admin, { name, email: `${name}@example.org`, password: 'recorder-pass-1' })
    t.call('organization_member_create', admin, { id: 'rec-org-ac8697', username: name, role })
    tokens[`<token of user ${name}>`] = t.call('api_token_create', admin, { user: name, name: 'rec' }).token
  }
  const editor = t.engine.asUser('editor-user-ac8697')
  const privateDataset = t.call('package_create', editor, {
    name: 'rec-private-ac8697',
    title: 'Private dataset by editor',
    owner_org: 'rec-org-ac8697',
    private: true,
    resources: [{ name: 'private csv', url: 'http://example.org/private.csv', format: 'CSV' }],
  })
  ids.set('c85b9747-721e-4f83-ab1f-72fb74767b5f', privateDataset.id)
  t.call('package_create', admin, { name: 'rec-unknown-license-ac8697', owner_org: 'rec-org-ac8697', license_id: 'no-such-license' })
  t.call('package_create', admin, { name: 'rec-org2-dataset', owner_org: 'rec-org2-ac8697' })
})
afterAll(() => door?.close())

/** Sends the recorded request with our tokens in place of the placeholders. */
async function replay(ex: Exchange): Promise<Reply> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(ex.request.headers)) {
    headers[name] = Object.entries(tokens).reduce((text, [placeholder, token]) => text.replace(placeholder, token), value)
  }
  const body = ex.request.body
  const payload = body === undefined ? undefined : typeof body.raw === 'string' ? body.raw : JSON.stringify(body)
  return door.request(ex.request.path, { method: ex.request.method, headers, body: payload })
}

/** The recorded body with the recorded site URL and ids replaced by ours. */
function expected(value: unknown): any {
  let text = JSON.stringify(value).replaceAll('http://ckan.example', door.url)
  for (const [theirs, ours] of ids) text = text.replaceAll(theirs, ours)
  return JSON.parse(text)
}

/** Status, content type and envelope as recorded; results compared by their keys. */
function expectSameAs(ex: Exchange, reply: Reply) {
  expect(reply.status, reply.text.slice(0, 400)).toBe(ex.response.status)
  expect(reply.contentType).toBe(ex.response.content_type)
  const want = expected(ex.response.body)
  if (typeof want === 'string' || want.success === false) {
    expect(reply.json).toEqual(want)
    return
  }
  expect(Object.keys(reply.json)).toEqual(['help', 'success', 'result'])
  expect(reply.json.help).toBe(want.help)
  const result = reply.json.result
  if (Array.isArray(want.result)) {
    expect(result).toHaveLength(want.result.length)
    want.result.forEach((item: object, index: number) => expect(Object.keys(result[index])).toEqual(expect.arrayContaining(Object.keys(item))))
  } else if (want.result && typeof want.result === 'object') {
    expect(Object.keys(result)).toEqual(expect.arrayContaining(Object.keys(want.result)))
  }
}

describe.skipIf(!haveFixtures)('recorded CKAN 2.10 exchanges', () => {
  it('082: JSONP wraps a successful GET', async () => {
    const ex = exchange('082')
    const reply = await replay(ex)
    expect(reply.status).toBe(200)
    expect(reply.contentType).toBe(ex.response.content_type)
    const recorded = String(ex.response.body)
    expect(reply.text.slice(0, 'myCallback('.length)).toBe(recorded.slice(0, 'myCallback('.length))
    expect(reply.text.endsWith(');')).toBe(true)
    const inner = JSON.parse(reply.text.slice('myCallback('.length, -2))
    const want = expected(JSON.parse(recorded.slice('myCallback('.length, -2)))
    expect(inner.help).toBe(want.help)
    expect(Object.keys(inner.result)).toEqual(expect.arrayContaining(Object.keys(want.result)))
  })

  for (const number of ['083', '084', '085', '086', '087', '088', '089', '090', '091', '092', '065']) {
    it(`${number}`, async () => {
      const ex = exchange(number)
      expectSameAs(ex, await replay(ex))
    })
  }

  it('084 and 085 really wrote what they sent', async () => {
    const patched = await door.request('/api/3/action/package_show?id=rec-unknown-license-ac8697')
    expect(patched.json.result).toMatchObject({ notes: 'Set with a form-encoded POST', version: '2.0' })
    const curl = await door.request('/api/3/action/package_show?id=rec-curl-style-ac8697')
    expect(curl.json.result.organization.name).toBe('rec-org-ac8697')
  })

  it('065: a repeated query parameter becomes a list', async () => {
    const reply = await replay(exchange('065'))
    expect(reply.json.result.map((org: { name: string }) => org.name).sort()).toEqual(['rec-org-ac8697', 'rec-org2-ac8697'])
  })
})
