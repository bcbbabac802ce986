/**
 * A data directory whose shelfmark.ini turns dataset collaborators on and
 * names the site URL, served over the real HTTP door: the settings reach the
 * server, and a collaborator's token reads and edits a private dataset.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Engine } from '../../electron/engine/engine.ts'
import { startServer, type RunningServer } from '../../electron/server/server.ts'
import { addSysadmin } from '../../electron/engine/users/create-sysadmin.ts'
import { addToken } from '../../electron/engine/users/create-token.ts'

let dataDir: string
let engine: Engine
let server: RunningServer
let adminToken: string
let friendToken: string

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'shelfmark-collaborators-'))
  writeFileSync(
    join(dataDir, 'shelfmark.ini'),
    '[app:main]\nckan.site_url = http://catalog.localhost:5000\nckan.auth.allow_dataset_collaborators = true\n',
  )
  engine = Engine.open({ dataDir })
  addSysadmin(engine, { name: 'admin', email: 'admin@example.org' })
  adminToken = addToken(engine, 'admin', 'test')
  engine.call('user_create', engine.asUser('admin'), { name: 'friend', email: 'friend@example.org', password: 'correct horse battery' })
  friendToken = addToken(engine, 'friend', 'test')
  server = await startServer({ engine, host: '127.0.0.1', port: 0 })
})
afterAll(async () => {
  await server?.close()
  engine?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

async function action(name: string, params: Record<string, unknown>, token: string | null) {
  const response = await request(`${server.url}/api/3/action/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: token } : {}) },
    body: JSON.stringify(params),
  })
  return { status: response.statusCode, json: (await response.body.json()) as any }
}

describe('collaborators turned on by shelfmark.ini, over HTTP', () => {
  it('serves help links under the configured site URL', async () => {
    const { json } = await action('status_show', {}, null)
    expect(json.help).toBe('http://catalog.localhost:5000/api/3/action/help_show?name=status_show')
  })

  it("lets a collaborator's token read, then edit, a private dataset", async () => {
    expect((await action('organization_create', { name: 'rivers-org' }, adminToken)).status).toBe(200)
    expect((await action('package_create', { name: 'rivers', owner_org: 'rivers-org', private: true }, adminToken)).status).toBe(200)
    expect((await action('package_show', { id: 'rivers' }, friendToken)).status).toBe(403)

    const added = await action('package_collaborator_create', { id: 'rivers', user_id: 'friend', capacity: 'member' }, adminToken)
    expect(added.status).toBe(200)
    expect(added.json.result).toMatchObject({ capacity: 'member' })
    expect((await action('package_show', { id: 'rivers' }, friendToken)).json.result.name).toBe('rivers')
    const refused = await action('package_patch', { id: 'rivers', title: 'Rivers' }, friendToken)
    expect(refused.status).toBe(403)

    await action('package_collaborator_create', { id: 'rivers', user_id: 'friend', capacity: 'editor' }, adminToken)
    const patched = await action('package_patch', { id: 'rivers', title: 'Rivers' }, friendToken)
    expect(patched.status).toBe(200)
    expect(patched.json.result.title).toBe('Rivers')
    const mine = await action('package_collaborator_list_for_user', { id: 'friend' }, friendToken)
    expect(mine.json.result).toEqual([{ package_id: patched.json.result.id, capacity: 'editor', modified: expect.any(String) }])

    const removed = await action('package_collaborator_delete', { id: 'rivers', user_id: 'friend' }, adminToken)
    expect(removed).toMatchObject({ status: 200, json: { success: true, result: null } })
    expect((await action('package_show', { id: 'rivers' }, friendToken)).status).toBe(403)
  })
})
