/**
 * A real HTTP door on 127.0.0.1 port 0 over a fresh on-disk engine, with an
 * undici client and a fingerprint of the database to prove bad requests
 * changed nothing.
 */
import { createHash } from 'node:crypto'
import { readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { request as undiciRequest } from 'undici'
import { startServer, type ServerOptions } from '../../electron/server/server.ts'
import { testEngine } from '../helpers/test-engine.ts'

export type Reply = { status: number; contentType: string; headers: Record<string, unknown>; text: string; json: any }

export type RequestOptions = {
  method?: string
  headers?: Record<string, string>
  /** An object is sent as JSON; a string or Buffer as is. */
  body?: unknown
}

/** Starts a door over a new catalog with a sysadmin "admin" and a token for it. */
export async function startDoor(
  options: ServerOptions & { maxResourceSizeMb?: number; maxImageSizeMb?: number; siteUrl?: string } = {},
) {
  const config = {
    ...(options.maxResourceSizeMb ? { maxResourceSizeMb: options.maxResourceSizeMb } : {}),
    ...(options.maxImageSizeMb ? { maxImageSizeMb: options.maxImageSizeMb } : {}),
  }
  const t = testEngine({ onDisk: true, config })
  const server = await startServer({ engine: t.engine, port: 0, ...options })
  const adminToken = (t.call('api_token_create', t.sysadmin, { user: 'admin', name: 'test' }) as { token: string }).token
  const door = {
    t,
    url: server.url,
    adminToken,
    /** Sends one request; never throws for HTTP errors. */
    async request(path: string, options: RequestOptions = {}): Promise<Reply> {
      const headers: Record<string, string> = { ...options.headers }
      let body: string | Buffer | undefined
      if (typeof options.body === 'string' || Buffer.isBuffer(options.body)) body = options.body
      else if (options.body !== undefined) {
        body = JSON.stringify(options.body)
        headers['content-type'] ??= 'application/json'
      }
      const response = await undiciRequest(`${server.url}${path}`, {
        method: (options.method ?? (body === undefined ? 'GET' : 'POST')) as 'GET',
        headers,
        body,
      })
      const text = await response.body.text()
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch {
        json = undefined
      }
      return {
        status: response.statusCode,
        contentType: String(response.headers['content-type'] ?? ''),
        headers: response.headers,
        text,
        json,
      }
    },
    /** POSTs JSON to an action as the admin (or as `token`; null for anonymous). */
    action(name: string, params: unknown = {}, token: string | null = adminToken): Promise<Reply> {
      return door.request(`/api/3/action/${name}`, {
        body: params,
        headers: token ? { authorization: token } : {},
      })
    },
    /**
     * A hash of every table's rows (token/login timestamps aside), the search
     * index caught up first: equal before and after = unchanged.
     */
    fingerprint(): string {
      const db = t.engine.db
      t.engine.catchUpSearchIndex()
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as { name: string }[]
      const hash = createHash('sha256')
      for (const { name } of tables) {
        const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]
        hash.update(name)
        for (const row of rows) {
          const { last_access: _a, last_active: _b, ...kept } = row
          hash.update(JSON.stringify(kept))
        }
      }
      return hash.digest('hex')
    },
    /** Files left in the upload folder. */
    tempUploads(): string[] {
      const dir = join(t.dataDir!, 'files', 'tmp')
      return existsSync(dir) ? readdirSync(dir) : []
    },
    async close() {
      await server.close()
      t.close()
    },
  }
  return door
}

export type Door = Awaited<ReturnType<typeof startDoor>>

/** CKAN's exact JSON content type. */
export const jsonType = 'application/json;charset=utf-8'
