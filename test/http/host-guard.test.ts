import { request } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jsonType, startDoor, type Door } from './door.ts'

let door: Door
beforeAll(async () => {
  door = await startDoor()
})
afterAll(() => door.close())

describe('Host header guard (DNS rebinding)', () => {
  it('serves loopback names with any port', async () => {
    for (const host of ['localhost', 'localhost:5000', '127.0.0.1', '127.0.0.1:8080', '[::1]', '[::1]:5000', 'LOCALHOST']) {
      const reply = await door.request('/api/3/action/status_show', { headers: { host } })
      expect(reply.status, host).toBe(200)
    }
  })

  it('refuses any other name with a 403 envelope, before running the action', async () => {
    const before = door.fingerprint()
    for (const host of ['evil.example', 'evil.example:5000', 'localhost.evil.example', '127.0.0.1.evil.example', '192.168.1.10']) {
      const reply = await door.request('/api/3/action/organization_create', {
        headers: { host, authorization: door.adminToken },
        body: { name: 'rebound-org' },
      })
      expect(reply.status, host).toBe(403)
      expect(reply.contentType).toBe(jsonType)
      expect(reply.json.success).toBe(false)
      expect(reply.json.error.__type).toBe('Authorization Error')
    }
    expect(door.fingerprint()).toBe(before)
  })

  it('accepts the host the user chose to serve on', async () => {
    const lan = await startDoor({ allowedHosts: ['catalog.lan'] })
    try {
      const reply = await lan.request('/api/3', { headers: { host: 'catalog.lan:5000' } })
      expect(reply.status).toBe(200)
    } finally {
      await lan.close()
    }
  })
})

describe('the site URL', () => {
  it("accepts requests naming the site URL's host, which the user chose with --site-url", async () => {
    const named = await startDoor({ siteUrl: 'http://catalog.example:5000' })
    try {
      expect((await named.request('/api/3', { headers: { host: 'catalog.example:5000' } })).status).toBe(200)
      expect((await named.request('/api/3', { headers: { host: 'other.example:5000' } })).status).toBe(403)
    } finally {
      await named.close()
    }
  })
})

describe('CORS', () => {
  it('sends no permissive CORS headers, so a browser fails every cross-origin preflight', async () => {
    const simple = await door.request('/api/3/action/status_show', { headers: { origin: 'http://evil.example' } })
    expect(simple.headers['access-control-allow-origin']).toBeUndefined()
    const preflight = await request(`${door.url}/api/3/action/organization_create`, {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    })
    await preflight.body.text()
    // OPTIONS answers 200 as Flask does, but without Access-Control-Allow-* a preflight fails in the browser.
    expect(preflight.statusCode).toBe(200)
    expect(Object.keys(preflight.headers).filter((name) => name.startsWith('access-control-'))).toEqual([])
  })
})
