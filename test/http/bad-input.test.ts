/**
 * Bad input at the door: each request gets CKAN's error shape with a 4xx,
 * the server stays up, and the database is unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jsonType, startDoor, type Door, type Reply } from './door.ts'

let door: Door
beforeAll(async () => {
  door = await startDoor()
  const org = await door.action('organization_create', { name: 'existing-org' })
  expect(org.status).toBe(200)
})
afterAll(() => door.close())

/** A 4xx with CKAN's envelope (or CKAN's bare-string 400). */
function expectCkanError(reply: Reply, label: string) {
  expect(reply.status, `${label}: ${reply.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400)
  expect(reply.status, label).toBeLessThan(500)
  expect(reply.contentType, label).toBe(jsonType)
  if (typeof reply.json === 'string') {
    expect(reply.status, label).toBe(400)
    expect(reply.json.startsWith('Bad request - '), label).toBe(true)
    return
  }
  expect(reply.json.success, label).toBe(false)
  expect(typeof reply.json.help, label).toBe('string')
  expect(typeof reply.json.error.__type, label).toBe('string')
}

async function expectStillUp() {
  const reply = await door.request('/api/3/action/status_show')
  expect(reply.status).toBe(200)
}

describe('malformed JSON', () => {
  const bodies = ['{', '{"name": }', '{"name": "x",}', "{'name': 'x'}", '[', '\u0000', 'nul', '{"a": 1}{"b": 2}', '\ufeff{"name": "bom"}']
  it('gets a bare 400 for each body, nothing written', async () => {
    const before = door.fingerprint()
    for (const body of bodies) {
      const reply = await door.request('/api/3/action/organization_create', {
        headers: { 'content-type': 'application/json', authorization: door.adminToken },
        body,
      })
      expectCkanError(reply, JSON.stringify(body))
      expect(reply.status).toBe(400)
    }
    expect(door.fingerprint()).toBe(before)
    await expectStillUp()
  })
})

describe('wrong types', () => {
  const cases: [string, Record<string, unknown>][] = [
    // CKAN's unicode_safe turns numbers into strings, so only values that stay invalid as text are wrong here.
    ['organization_create', { name: 1.5 }],
    ['organization_create', { name: ['a', 'b'] }],
    ['organization_create', { name: { nested: true } }],
    ['organization_create', { name: null }],
    ['organization_create', { name: 'typed-org', users: 'not-a-list' }],
    ['organization_create', { name: 'typed-org', extras: { key: 'value' } }],
    ['organization_create', { name: 'typed-org', extras: [1, 2] }],
    ['group_create', { name: ['list-name'] }],
    ['user_create', { name: -4.2, email: 'a@example.org', password: 'long-enough-1' }],
    ['user_create', { name: 'typed-user', email: ['a@example.org'], password: 'long-enough-1' }],
    ['user_create', { name: 'typed-user', email: 'a@example.org', password: 12345678 }],
    ['user_show', { id: 12 }],
    ['user_show', { id: { $ne: null } }],
    // unicode_safe makes the list the text '["admin"]', a user that does not exist.
    ['api_token_create', { user: ['admin'], name: 'x' }],
    ['organization_member_create', { id: 'existing-org', username: 'admin', role: 7 }],
  ]
  it('gets a CKAN error for each, never a 500, nothing written', async () => {
    const before = door.fingerprint()
    for (const [action, params] of cases) {
      const reply = await door.action(action, params)
      expectCkanError(reply, `${action} ${JSON.stringify(params)}`)
    }
    expect(door.fingerprint()).toBe(before)
    await expectStillUp()
  })
})

describe('oversized bodies', () => {
  const twentyMb = 20 * 1024 * 1024
  it('refuses a 20 MB JSON body with 413 and an envelope', async () => {
    const before = door.fingerprint()
    const reply = await door.action('organization_create', { name: 'huge-org', description: 'x'.repeat(twentyMb) })
    expectCkanError(reply, '20 MB JSON')
    expect(reply.status).toBe(413)
    expect(reply.json.error.__type).toBe('Integrity Error')
    expect(door.fingerprint()).toBe(before)
    await expectStillUp()
  })

  it('refuses a 20 MB form body and a 20 MB multipart text field', async () => {
    const before = door.fingerprint()
    const form = await door.request('/api/3/action/organization_create', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: door.adminToken },
      body: `name=huge-form&description=${'y'.repeat(twentyMb)}`,
    })
    expectCkanError(form, '20 MB form')
    const multipart = new FormData()
    multipart.append('name', 'huge-multipart')
    multipart.append('description', 'z'.repeat(twentyMb))
    const reply = await fetch(`${door.url}/api/3/action/organization_create`, {
      method: 'POST',
      headers: { authorization: door.adminToken },
      body: multipart,
    })
    const text = await reply.text()
    expect(reply.status, text.slice(0, 200)).toBeGreaterThanOrEqual(400)
    expect(reply.status).toBeLessThan(500)
    expect(JSON.parse(text).success).toBe(false)
    expect(door.fingerprint()).toBe(before)
    expect(door.tempUploads()).toEqual([])
    await expectStillUp()
  })
})

describe('deep nesting', () => {
  it('refuses 10,000-deep arrays and objects with a 400 envelope', async () => {
    const before = door.fingerprint()
    const deepArray = `{"name": "deep-org", "extras": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`
    const deepObject = `{"name": "deep-org", "extras": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`
    for (const body of [deepArray, deepObject]) {
      const reply = await door.request('/api/3/action/organization_create', {
        headers: { 'content-type': 'application/json', authorization: door.adminToken },
        body,
      })
      expectCkanError(reply, 'deep')
      expect(reply.json.error.__type).toBe('Integrity Error')
    }
    const viaForm = await door.request('/api/3/action/organization_create', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: door.adminToken },
      body: encodeURIComponent(deepArray),
    })
    expectCkanError(viaForm, 'deep via form')
    expect(door.fingerprint()).toBe(before)
    await expectStillUp()
  })
})

describe('unicode and control characters in names', () => {
  const names = [
    'naïve-org',
    'org\u0000null',
    'org\nnewline',
    'org\ttab',
    '\u202eevil',
    'emoji-😀',
    'ＦＵＬＬＷＩＤＴＨ',
    'org\u200bzero-width',
    '\ud800lone-surrogate',
    'a'.repeat(101),
    '',
    ' ',
  ]
  it('refuses each as a name with a 409 Validation Error, nothing written', async () => {
    const before = door.fingerprint()
    for (const name of names) {
      for (const action of ['organization_create', 'group_create']) {
        const reply = await door.action(action, { name })
        expectCkanError(reply, `${action} ${JSON.stringify(name)}`)
        // NUL is refused by the door itself (400 Integrity Error); the rest by the name validator.
        expect(reply.status).toBe(name.includes('\u0000') ? 400 : 409)
        expect(reply.json.error.__type).toBe(name.includes('\u0000') ? 'Integrity Error' : 'Validation Error')
      }
      const user = await door.action('user_create', { name, email: 'u@example.org', password: 'long-enough-1' })
      expect(user.status, JSON.stringify(name)).toBe(name.includes('\u0000') ? 400 : 409)
    }
    expect(door.fingerprint()).toBe(before)
  })

  it('answers lookups of such names with 404, by GET and POST', async () => {
    const encode = (name: string) => (name.startsWith('\ud800') ? '%ED%A0%80lone' : encodeURIComponent(name))
    for (const name of names.filter(Boolean)) {
      const get = await door.request(`/api/3/action/organization_show?id=${encode(name)}`)
      expectCkanError(get, `GET ${JSON.stringify(name)}`)
      expect(get.status).toBe(name.includes('\u0000') ? 400 : 404)
      const post = await door.action('user_show', { id: name })
      expect(post.status, JSON.stringify(name)).toBe(name.includes('\u0000') ? 400 : 404)
    }
    const badUtf8 = await door.request('/api/3/action/organization_show?id=%FF%FE')
    expect(badUtf8.status).toBe(404)
    await expectStillUp()
  })
})

describe('SQL metacharacters', () => {
  const payloads = [
    "'; DROP TABLE packages; --",
    '" OR 1=1 --',
    "existing-org' OR '1'='1",
    '%',
    '_',
    '\\',
    '*',
    "'); DELETE FROM users; --",
    'x UNION SELECT password_hash FROM users',
    '1; ATTACH DATABASE \'/tmp/x\' AS x',
  ]

  it('in every string parameter of organization_create, user_create and api_token_create: 4xx, nothing written', async () => {
    const before = door.fingerprint()
    const orgFields = ['name', 'title', 'description', 'image_url', 'type', 'state', 'approval_status']
    for (const payload of payloads) {
      for (const field of orgFields) {
        // An invalid name keeps every request failing while each field's validators see the payload.
        const params = { name: field === 'name' ? payload : 'Bad Name!', [field]: payload }
        expectCkanError(await door.action('organization_create', params), `organization_create ${field}=${payload}`)
      }
      for (const field of ['name', 'email', 'password', 'fullname', 'about']) {
        const params = { name: 'Bad Name!', email: 'u@example.org', password: 'long-enough-1', [field]: payload }
        expectCkanError(await door.action('user_create', params), `user_create ${field}=${payload}`)
      }
      expectCkanError(await door.action('api_token_create', { user: payload, name: payload }), `api_token_create ${payload}`)
    }
    expect(door.fingerprint()).toBe(before)
    await expectStillUp()
  })

  it('in every string parameter of show actions, by GET: 404, nothing written', async () => {
    const before = door.fingerprint()
    for (const payload of payloads) {
      for (const action of ['organization_show', 'group_show', 'user_show']) {
        const reply = await door.request(`/api/3/action/${action}?id=${encodeURIComponent(payload)}`)
        expectCkanError(reply, `${action} ${payload}`)
        expect(reply.status).toBe(404)
      }
    }
    expect(door.fingerprint()).toBe(before)
  })

  it('are stored verbatim where free text is allowed', async () => {
    const title = payloads.join(' | ')
    const created = await door.action('organization_create', { name: 'sql-text-org', title, description: title })
    expect(created.status).toBe(200)
    const shown = await door.request('/api/3/action/organization_show?id=sql-text-org')
    expect(shown.json.result.title).toBe(title)
    expect(shown.json.result.description).toBe(title)
  })
})
