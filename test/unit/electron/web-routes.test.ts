/**
 * Web mode over a real loopback server: the renderer page with its CSP, the
 * one-time sign-in link, password sign-in, and the session cookie honoured
 * only from the server's own origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHash, pbkdf2Sync } from 'node:crypto'
import { request } from 'undici'
import { Engine } from '../../../electron/engine/engine.ts'
import { startServer, type RunningServer } from '../../../electron/server/server.ts'
import { issueSignInCode } from '../../../electron/server/routes/web-session.ts'
import { ensureRendererBuilt } from '../../../electron/server/routes/web-build.ts'

let engine: Engine
let server: RunningServer
let adminId: string

beforeAll(async () => {
  await ensureRendererBuilt()
  engine = Engine.open()
  engine.db
    .prepare("INSERT INTO users (id, name, email, sysadmin, state, created) VALUES ('u-admin', 'admin', 'a@example.org', 1, 'active', '2024-01-01T00:00:00')")
    .run()
  adminId = 'u-admin'
  engine.call('user_create', engine.asUser('admin'), { name: 'curator', email: 'c@example.org', password: 'correct horse battery' })
  server = await startServer({ engine, port: 0 })
}, 60_000)

afterAll(async () => {
  await server?.close()
  engine?.close()
})

async function signedInCookie(): Promise<string> {
  const res = await request(`${server.url}/signin?code=${issueSignInCode(engine, adminId)}`)
  await res.body.dump()
  const setCookie = String(res.headers['set-cookie'])
  return setCookie.split(';')[0]
}

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return request(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

describe('the renderer page', () => {
  it('is served at / with a strict CSP and no framing', async () => {
    const res = await request(`${server.url}/`)
    const html = await res.body.text()
    expect(res.statusCode).toBe(200)
    expect(html).toContain('<div id="root">')
    const csp = String(res.headers['content-security-policy'])
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
  })

  it('serves its hashed assets and nothing outside them', async () => {
    const html = await (await request(`${server.url}/`)).body.text()
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]
    const asset = await request(`${server.url}/${script}`)
    expect(asset.statusCode).toBe(200)
    expect(String(asset.headers['content-type'])).toContain('javascript')
    await asset.body.dump()
    for (const path of ['/assets/..%2Fpackage.json', '/assets/%2e%2e%2findex.html', '/assets/nope.js']) {
      const res = await request(`${server.url}${path}`)
      await res.body.dump()
      expect(res.statusCode).toBe(404)
    }
  })
})

describe('the one-time sign-in link', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and works once', async () => {
    const code = issueSignInCode(engine, adminId)
    const first = await request(`${server.url}/signin?code=${code}`)
    await first.body.dump()
    expect(first.statusCode).toBe(303)
    expect(first.headers.location).toBe('/')
    const cookie = String(first.headers['set-cookie'])
    expect(cookie).toMatch(/^shelfmark_session=[\w-]{40,};/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    const again = await request(`${server.url}/signin?code=${code}`)
    await again.body.dump()
    expect(again.headers['set-cookie']).toBeUndefined()
    expect(again.headers.location).toBe('/#/signin')
  })

  it('makes the browser act as the user from its own origin', async () => {
    const cookie = await signedInCookie()
    const res = await post('/api/3/action/user_show', {}, { cookie, origin: server.url })
    const body = (await res.body.json()) as { success: boolean; result: { name: string } }
    expect(body.success).toBe(true)
    expect(body.result.name).toBe('admin')
  })

  it('refuses the cookie on a request from another origin, even another localhost port', async () => {
    const cookie = await signedInCookie()
    for (const origin of ['http://evil.example', 'http://127.0.0.1:1', 'http://localhost:5173']) {
      const res = await post('/api/3/action/organization_create', { name: 'should-not-exist' }, { cookie, origin })
      const body = (await res.body.json()) as { success: boolean; error: { __type: string } }
      expect(res.statusCode).toBe(403)
      expect(body.error.__type).toBe('Authorization Error')
      expect(JSON.stringify(body.error)).toContain('other sites')
    }
    const list = await post('/api/3/action/organization_list', {})
    expect(((await list.body.json()) as { result: string[] }).result).not.toContain('should-not-exist')
  })

  it('tells the page who it is signed in as, without counting datasets', async () => {
    const cookie = await signedInCookie()
    const me = await request(`${server.url}/signin/session`, { headers: { cookie } })
    expect(me.statusCode).toBe(200)
    expect(await me.body.json()).toEqual({ success: true, user: { id: adminId, name: 'admin', display_name: 'admin', sysadmin: true } })
    const nobody = await request(`${server.url}/signin/session`)
    await nobody.body.dump()
    expect(nobody.statusCode).toBe(401)
  })

  it('signs out: the cookie stops working', async () => {
    const cookie = await signedInCookie()
    const out = await post('/signout', {}, { cookie, origin: server.url })
    await out.body.dump()
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0')
    const res = await post('/api/3/action/user_show', {}, { cookie, origin: server.url })
    expect(((await res.body.json()) as { success: boolean }).success).toBe(false)
  })
})

describe('password sign-in', () => {
  it('refuses a wrong password without a cookie', async () => {
    const res = await post('/signin/password', { name: 'curator', password: 'wrong password' }, { origin: server.url })
    await res.body.dump()
    expect(res.statusCode).toBe(403)
    expect(res.headers['set-cookie']).toBeUndefined()
  })

  it('refuses a sign-in posted from another origin', async () => {
    const res = await post('/signin/password', { name: 'curator', password: 'correct horse battery' }, { origin: 'http://evil.example' })
    await res.body.dump()
    expect(res.statusCode).toBe(403)
  })

  it('signs in with the right password', async () => {
    const res = await post('/signin/password', { name: 'curator', password: 'correct horse battery' }, { origin: server.url })
    await res.body.dump()
    expect(res.statusCode).toBe(200)
    const cookie = String(res.headers['set-cookie']).split(';')[0]
    const me = await post('/api/3/action/user_show', {}, { cookie, origin: server.url })
    expect(((await me.body.json()) as { result: { name: string } }).result.name).toBe('curator')
  })

  // CKAN 2.10 lib/authenticator.py default_authenticate, as tests/lib/test_authenticator.py
  // states it: the login is a user name or an email; deleted and pending users, a
  // wrong password, and a missing login or password are refused.
  async function signIn(body: unknown): Promise<{ status: number; cookie?: string }> {
    const res = await post('/signin/password', body, { origin: server.url })
    await res.body.dump()
    const setCookie = res.headers['set-cookie']
    return { status: res.statusCode, cookie: setCookie ? String(setCookie).split(';')[0] : undefined }
  }
  async function whoIs(cookie: string | undefined): Promise<string> {
    const me = await post('/api/3/action/user_show', {}, { cookie: cookie ?? '', origin: server.url })
    return ((await me.body.json()) as { result: { name: string } }).result.name
  }

  it('signs in by email as by name (CKAN 2.10 test_succeeds_if_login_and_password_are_correct)', async () => {
    const res = await signIn({ name: 'c@example.org', password: 'correct horse battery' })
    expect(res.status).toBe(200)
    expect(await whoIs(res.cookie)).toBe('curator')
    expect((await signIn({ name: 'c@example.org', password: 'wrong password' })).status).toBe(403)
  })

  it('refuses deleted and pending users, by name and by email (test_fails_if_user_is_deleted, _is_pending)', async () => {
    for (const state of ['deleted', 'pending']) {
      const name = `gone-${state}`
      engine.call('user_create', engine.asUser('admin'), { name, email: `${name}@example.org`, password: 'right password here' })
      engine.db.prepare('UPDATE users SET state = ? WHERE name = ?').run(state, name)
      for (const login of [name, `${name}@example.org`]) {
        const res = await signIn({ name: login, password: 'right password here' })
        expect(res.status, `${state} ${login}`).toBe(403)
        expect(res.cookie, `${state} ${login}`).toBeUndefined()
      }
    }
  })

  it('refuses a missing login or password and an unknown user (test_fails_if_received_no_login_or_pass)', async () => {
    for (const body of [{}, { name: 'curator' }, { password: 'correct horse battery' }, { name: 'nobody-here', password: 'x' }]) {
      const res = await signIn(body)
      expect([400, 403], JSON.stringify(body)).toContain(res.status)
      expect(res.cookie, JSON.stringify(body)).toBeUndefined()
    }
  })

  it("takes the login as a user's name first: a deleted user's name never signs in the user with that email", async () => {
    // default_authenticate looks the login up by name and only then by email.
    engine.call('user_create', engine.asUser('admin'), { name: 'shadow', email: 's@example.org', password: 'same password both' })
    engine.db.prepare("UPDATE users SET state = 'deleted' WHERE name = 'shadow'").run()
    engine.call('user_create', engine.asUser('admin'), { name: 'other', email: 'o@example.org', password: 'same password both' })
    engine.db.prepare("UPDATE users SET email = 'shadow' WHERE name = 'other'").run() // an address imported as it was
    expect((await signIn({ name: 'shadow', password: 'same password both' })).status).toBe(403)
  })

  // CKAN model/test_user.py test_upgrade_from_sha: a user imported with CKAN's
  // pre-2.0 salted sha1 hash signs in with the original password, and the hash
  // is replaced by a current one; a wrong password leaves it as it was.
  it('signs in a user imported with CKAN\'s old sha1 hash, then replaces the hash', async () => {
    const salt = createHash('sha1').update('salt').digest('hex')
    const oldHash = salt + createHash('sha1').update(`testpass-long${salt}`).digest('hex')
    engine.call('user_create', engine.asUser('admin'), { name: 'imported', email: 'i@example.org', password_hash: oldHash })
    const hashNow = () =>
      (engine.call('user_show', engine.asUser('admin'), { id: 'imported', include_password_hash: true }) as { password_hash: string }).password_hash
    const wrong = await post('/signin/password', { name: 'imported', password: 'wrongpass' }, { origin: server.url })
    await wrong.body.dump()
    expect(wrong.statusCode).toBe(403)
    expect(hashNow()).toBe(oldHash)
    const res = await post('/signin/password', { name: 'imported', password: 'testpass-long' }, { origin: server.url })
    await res.body.dump()
    expect(res.statusCode).toBe(200)
    expect(hashNow()).not.toBe(oldHash)
    expect(hashNow()).toMatch(/^\$scrypt\$/)
    const again = await post('/signin/password', { name: 'imported', password: 'testpass-long' }, { origin: server.url })
    await again.body.dump()
    expect(again.statusCode).toBe(200)
  })

  // CKAN test_upgrade_from_pbkdf2_with_less_rounds and
  // test_upgrade_from_pbkdf2_fails_with_wrong_password: a pbkdf2 hash with
  // fewer rounds than passlib's default is rewritten after a right password only.
  it('replaces a weak pbkdf2-sha512 hash after a right password only', async () => {
    const ab64 = (b: Buffer) => b.toString('base64').replace(/=+$/, '').replace(/\+/g, '.')
    const salt = Buffer.from('ab')
    const weak = `$pbkdf2-sha512$10$${ab64(salt)}$${ab64(pbkdf2Sync('testpassword', salt, 10, 64, 'sha512'))}`
    engine.call('user_create', engine.asUser('admin'), { name: 'weak-hash', email: 'w@example.org', password_hash: weak })
    const hashNow = () =>
      (engine.call('user_show', engine.asUser('admin'), { id: 'weak-hash', include_password_hash: true }) as { password_hash: string }).password_hash
    const wrong = await post('/signin/password', { name: 'weak-hash', password: 'wrong_pass' }, { origin: server.url })
    await wrong.body.dump()
    expect(wrong.statusCode).toBe(403)
    expect(hashNow()).toBe(weak)
    const res = await post('/signin/password', { name: 'weak-hash', password: 'testpassword' }, { origin: server.url })
    await res.body.dump()
    expect(res.statusCode).toBe(200)
    expect(hashNow()).toMatch(/^\$scrypt\$/)
  })
})
