/**
 * A data directory whose shelfmark.ini lets anonymous callers create
 * datasets (ckan.auth.anon_create_dataset with create_unowned_dataset),
 * served over the real HTTP door: a request with no token creates and
 * updates an unowned dataset, which everyone then finds; the write actions
 * CKAN keeps for logged-in users still refuse it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request } from 'undici'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Engine } from '../../electron/engine/engine.ts'
import { startServer, type RunningServer } from '../../electron/server/server.ts'

let dataDir: string
let engine: Engine
let server: RunningServer

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'shelfmark-anonymous-'))
  writeFileSync(join(dataDir, 'shelfmark.ini'), '[app:main]\nckan.auth.create_unowned_dataset = true\nckan.auth.anon_create_dataset = yes\n')
  engine = Engine.open({ dataDir })
  server = await startServer({ engine, host: '127.0.0.1', port: 0 })
})
afterAll(async () => {
  await server?.close()
  engine?.close()
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 })
})

async function anonymous(name: string, params: Record<string, unknown>) {
  const response = await request(`${server.url}/api/3/action/${name}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params),
  })
  return { status: response.statusCode, json: (await response.body.json()) as any }
}

it('lets a request without a token create and update an unowned dataset, and nothing more', async () => {
  const created = await anonymous('package_create', { name: 'walk-in', title: 'Walk-in data' })
  expect(created.status).toBe(200)
  expect(created.json.result).toMatchObject({ name: 'walk-in', owner_org: null, creator_user_id: null })
  const updated = await anonymous('package_update', { id: 'walk-in', name: 'walk-in', title: 'Walk-in data, revised' })
  expect(updated.status).toBe(200)
  const found = await anonymous('package_search', { q: 'revised' })
  expect(found.json.result.results.map((d: any) => d.name)).toEqual(['walk-in'])
  const patched = await anonymous('package_patch', { id: 'walk-in', title: 'x' })
  expect(patched.status).toBe(403)
  expect(patched.json.error).toEqual({ __type: 'Authorization Error', message: 'Access denied: Action package_patch requires an authenticated user' })
  expect((await anonymous('package_create', { name: 'walk-in-two', owner_org: 'nowhere' })).status).toBe(403)
})
