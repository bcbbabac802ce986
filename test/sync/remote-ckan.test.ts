import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { ActionFailure } from '../../shared/envelope.ts'
import { RemoteCkan, RemoteError, isUnknownAction, normalizeSiteUrl, type TransportEvent } from '../../electron/sync/remote-ckan.ts'
import { loopback, ok, type Loopback } from './helpers/loopback.ts'

const TOKEN = 'eyJ-secret-token-0123456789'
const fast = { retries: 4, baseMs: 10, capMs: 50, maxRetryAfterMs: 5000 }
const open: Loopback[] = []
const dirs: string[] = []
async function server(handler: Parameters<typeof loopback>[0]) {
  const s = await loopback(handler)
  open.push(s)
  return s
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
const client = (url: string, extra: Partial<ConstructorParameters<typeof RemoteCkan>[0]> = {}) =>
  new RemoteCkan({ url, token: TOKEN, retry: fast, timeoutMs: 2000, ...extra })

describe('RemoteCkan', () => {
  it('posts JSON with the raw token and unwraps the result', async () => {
    const s = await server((_req, res) => ok(res, { ok: 1 }))
    expect(await client(s.url).action('package_show', { id: 'x' })).toEqual({ ok: 1 })
    const [r] = s.requests
    expect(r.url).toBe('/api/3/action/package_show')
    expect(r.headers.authorization).toBe(TOKEN)
    expect(JSON.parse(r.body.toString())).toEqual({ id: 'x' })
  })

  it('turns an error envelope into ActionFailure with the field errors and status', async () => {
    const s = await server((_req, res) => ok(res, { __type: 'Validation Error', name: ['That URL is already in use.'] }, 409))
    const error = await client(s.url).action('package_create', { name: 'x' }, { idempotent: false }).catch((e) => e)
    expect(error).toBeInstanceOf(ActionFailure)
    expect(error.status).toBe(409)
    expect(error.error.name).toEqual(['That URL is already in use.'])
  })

  it('recognises a bare 400 for an unknown action', async () => {
    const s = await server((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' })
      res.end(JSON.stringify('Bad request - Action name not known: package_revise'))
    })
    const error = await client(s.url).action('package_revise').catch((e) => e)
    expect(isUnknownAction(error)).toBe(true)
  })

  it('retries 503 after the Retry-After delay, then succeeds', async () => {
    const s = await server((_req, res, _r, i) => {
      if (i === 0) {
        res.writeHead(503, { 'retry-after': '1' })
        return void res.end('busy')
      }
      ok(res, 'done')
    })
    const events: TransportEvent[] = []
    expect(await client(s.url, { onEvent: (e) => events.push(e) }).action('status_show')).toBe('done')
    expect(s.requests[1].at - s.requests[0].at).toBeGreaterThanOrEqual(950)
    expect(events[0]).toMatchObject({ type: 'retry', waitMs: 1000, reason: 'HTTP 503' })
  })

  it('retries 429 and 500 with backoff', async () => {
    const s = await server((_req, res, _r, i) => {
      if (i === 0) return void res.writeHead(429).end()
      if (i === 1) return void res.writeHead(500).end()
      ok(res, 3)
    })
    expect(await client(s.url).action('package_list')).toBe(3)
    expect(s.requests).toHaveLength(3)
  })

  it('gives up after the configured retries with the status in the error', async () => {
    const s = await server((_req, res) => void res.writeHead(502).end())
    const error = await client(s.url, { retry: { ...fast, retries: 2 } }).action('package_list').catch((e) => e)
    expect(error).toBeInstanceOf(RemoteError)
    expect(error.status).toBe(502)
    expect(s.requests).toHaveLength(3)
  })

  it('does not wait for a Retry-After beyond the policy maximum', async () => {
    const s = await server((_req, res) => void res.writeHead(503, { 'retry-after': '3600' }).end())
    const error = await client(s.url).action('package_list').catch((e) => e)
    expect(error.status).toBe(503)
    expect(s.requests).toHaveLength(1)
  })

  it('retries a connection reset for idempotent calls only', async () => {
    const s = await server((req, res, _r, i) => {
      if (i === 0 || i === 2) return void req.socket.destroy()
      ok(res, 'fine')
    })
    expect(await client(s.url).action('package_show')).toBe('fine')
    const error = await client(s.url).action('resource_create', {}, { idempotent: false }).catch((e) => e)
    expect(error).toBeInstanceOf(RemoteError)
    expect(error.kind).toBe('network')
    expect(s.requests).toHaveLength(3)
  })

  it('times out a stalled response and retries', async () => {
    const s = await server((_req, res, _r, i) => {
      if (i === 0) return // never answers
      ok(res, 'late but fine')
    })
    const started = Date.now()
    expect(await client(s.url, { timeoutMs: 300 }).action('package_show')).toBe('late but fine')
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
  })

  it('keeps at most 3 requests in flight to one remote', async () => {
    let active = 0
    let peak = 0
    const s = await server(async (_req, res) => {
      active++
      peak = Math.max(peak, active)
      await new Promise((r) => setTimeout(r, 30))
      active--
      ok(res, 1)
    })
    const c = client(s.url)
    await Promise.all(Array.from({ length: 12 }, () => c.action('package_show')))
    expect(peak).toBe(3)
  })

  it('refuses an API redirect to another origin and sends that origin nothing', async () => {
    const other = await server((_req, res) => ok(res, 'stolen'))
    const s = await server((_req, res) => void res.writeHead(307, { location: `${other.url}/api/3/action/package_show` }).end())
    const error = await client(s.url).action('package_show').catch((e) => e)
    expect(error).toBeInstanceOf(RemoteError)
    expect(error.kind).toBe('redirect')
    expect(other.requests).toHaveLength(0)
    expect(String(error.message)).not.toContain(TOKEN)
  })

  it('follows a same-origin redirect keeping the token', async () => {
    const s = await server((req, res) => {
      if (req.url!.startsWith('/old')) return void res.writeHead(308, { location: '/api/3/action/status_show' }).end()
      ok(res, 'moved')
    })
    expect(await client(`${s.url}/old`).action('status_show')).toBe('moved')
    expect(s.requests[1].headers.authorization).toBe(TOKEN)
  })

  it('downloads through a cross-origin redirect without the token', async () => {
    const storage = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv', 'content-length': '6' })
      res.end('a,b\n1\n')
    })
    const s = await server((_req, res) => void res.writeHead(302, { location: `${storage.url}/bucket/file.csv?sig=abc` }).end())
    const dir = mkdtempSync(join(tmpdir(), 'shelfmark-dl-'))
    dirs.push(dir)
    const result = await client(s.url).download(`${s.url}/dataset/d/resource/r/download/file.csv`, join(dir, 'file.csv'))
    expect(s.requests[0].headers.authorization).toBe(TOKEN)
    expect(storage.requests[0].headers.authorization).toBeUndefined()
    expect(result).toMatchObject({ bytes: 6, sha256: createHash('sha256').update('a,b\n1\n').digest('hex') })
    expect(readFileSync(join(dir, 'file.csv'), 'utf8')).toBe('a,b\n1\n')
  })

  it('never sends the token to a link resource on another host', async () => {
    const elsewhere = await server((_req, res) => void res.end('x'))
    const s = await server((_req, res) => void res.end())
    const dir = mkdtempSync(join(tmpdir(), 'shelfmark-dl-'))
    dirs.push(dir)
    await client(s.url).download(`${elsewhere.url}/data.csv`, join(dir, 'f'))
    expect(elsewhere.requests[0].headers.authorization).toBeUndefined()
  })

  it('stops a download at the size budget and leaves no file behind', async () => {
    const s = await server((_req, res) => {
      res.writeHead(200)
      res.end(Buffer.alloc(5000))
    })
    const dir = mkdtempSync(join(tmpdir(), 'shelfmark-dl-'))
    dirs.push(dir)
    const error = await client(s.url).download(`${s.url}/f`, join(dir, 'f'), { maxBytes: 1000 }).catch((e) => e)
    expect(error.kind).toBe('budget')
    expect(existsSync(join(dir, 'f'))).toBe(false)
    expect(existsSync(join(dir, 'f.part'))).toBe(false)
  })

  it('streams a multipart upload with the fields, the file and progress', async () => {
    const s = await server((_req, res) => ok(res, { id: 'r1' }))
    const dir = mkdtempSync(join(tmpdir(), 'shelfmark-up-'))
    dirs.push(dir)
    const path = join(dir, 'data.csv')
    const bytes = Buffer.from('x,y\n'.repeat(50_000))
    writeFileSync(path, bytes)
    const progress: number[] = []
    const result = await client(s.url).upload('resource_patch', { id: 'r1' }, { path, name: 'data.csv', size: bytes.length }, (n) => progress.push(n))
    expect(result).toEqual({ id: 'r1' })
    const r = s.requests[0]
    expect(r.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    expect(Number(r.headers['content-length'])).toBe(r.body.length)
    const text = r.body.toString('latin1')
    expect(text).toContain('name="id"\r\n\r\nr1\r\n')
    expect(text).toContain('name="upload"; filename="data.csv"')
    expect(r.body.includes(bytes)).toBe(true)
    expect(progress.at(-1)).toBe(bytes.length)
  })

  it('keeps the token out of error messages even when a server echoes it', async () => {
    const s = await server((req, res) => ok(res, { __type: 'Authorization Error', message: `bad token ${req.headers.authorization}` }, 403))
    const error = await client(s.url).action('package_update', {}, { idempotent: false }).catch((e) => e)
    expect(error.message).not.toContain(TOKEN)
    expect(JSON.stringify(error.error)).not.toContain(TOKEN)
  })

  it('normalises site URLs and refuses other schemes', () => {
    expect(normalizeSiteUrl('https://demo.ckan.org/')).toBe('https://demo.ckan.org')
    expect(normalizeSiteUrl('https://h/ckan/api/3/action')).toBe('https://h/ckan')
    expect(() => normalizeSiteUrl('ftp://h')).toThrow()
  })
})
