import { request } from 'undici'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../electron/server/server.ts'
import { testEngine, type TestEngine } from '../helpers/test-engine.ts'
import { remoteSite, type RemoteSite } from './helpers/sites.ts'

let remote: RemoteSite
let local: TestEngine
let door: RunningServer
let token: string
beforeEach(async () => {
  remote = await remoteSite()
  const org = remote.call('organization_create', remote.sysadmin, { name: 'door-org' })
  for (let i = 0; i < 3; i++) remote.call('package_create', remote.sysadmin, { name: `door-${i}`, owner_org: org.id })
  local = testEngine()
  door = await startServer({ engine: local.engine, host: '127.0.0.1', port: 0 })
  token = local.call('api_token_create', local.sysadmin, { user: 'admin', name: 'door' }).token
})
afterEach(async () => {
  await door.close()
  local.close()
  remote.close()
})

async function call(action: string, body: Record<string, unknown>, auth: string | null = token) {
  const response = await request(`${door.url}/api/3/action/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
    body: JSON.stringify(body),
  })
  return { status: response.statusCode, body: (await response.body.json()) as any }
}

describe('sync over the HTTP door', () => {
  it('runs a pull as a background job the client follows with shelfmark_job_show', async () => {
    expect((await call('shelfmark_remote_add', { name: 'portal', url: remote.url, token: remote.token })).status).toBe(200)
    const started = await call('shelfmark_pull', { remote: 'portal' })
    expect(started.status).toBe(200)
    expect(['queued', 'running']).toContain(started.body.result.state)
    let job = started.body.result
    for (let i = 0; i < 100 && !['done', 'failed'].includes(job.state); i++) {
      await new Promise((r) => setTimeout(r, 100))
      job = (await call('shelfmark_job_show', { id: job.id })).body.result
    }
    expect(job).toMatchObject({ state: 'done', result: { created: 3 } })
    const status = await call('shelfmark_status', {})
    expect(status.body.result.changes).toEqual([])
  })

  it('refuses sync actions to anonymous callers with CKAN\'s 403 envelope', async () => {
    const refused = await call('shelfmark_remote_list', {}, null)
    expect(refused.status).toBe(403)
    expect(refused.body.error.__type).toBe('Authorization Error')
  })

  it('never returns the token through the door', async () => {
    await call('shelfmark_remote_add', { name: 'portal', url: remote.url, token: remote.token })
    const listed = await call('shelfmark_remote_list', {})
    expect(JSON.stringify(listed.body)).not.toContain(remote.token)
    expect(listed.body.result[0].has_token).toBe(true)
  })
})
