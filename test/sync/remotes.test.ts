import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { localSite, remoteSite, type LocalSite, type RemoteSite } from './helpers/sites.ts'
import { secretStoreFor } from '../../electron/sync/secrets.ts'

let remote: RemoteSite
let local: LocalSite
beforeEach(async () => {
  remote = await remoteSite()
  local = localSite()
})
afterEach(() => {
  local.close()
  remote.close()
})

describe('remotes', () => {
  it('adds a remote without ever returning its token', () => {
    const added = local.call('shelfmark_remote_add', local.sysadmin, { name: 'portal', url: `${remote.url}/`, token: remote.token })
    expect(added).toMatchObject({ name: 'portal', url: remote.url, has_token: true })
    const listed = local.call('shelfmark_remote_list', local.sysadmin)
    expect(listed.map((r: any) => r.name)).toEqual(['portal'])
    expect(JSON.stringify(listed)).not.toContain(remote.token)
    expect(secretStoreFor(null, local.engine.db).get('portal')).toBe(remote.token)
  })

  it('refuses a second remote with the same name and a non-http URL, CKAN-style', () => {
    local.call('shelfmark_remote_add', local.sysadmin, { name: 'portal', url: remote.url })
    expect(local.failure('shelfmark_remote_add', local.sysadmin, { name: 'portal', url: remote.url })).toEqual({
      __type: 'Validation Error',
      name: ['That remote name is already in use.'],
    })
    const bad = local.failure('shelfmark_remote_add', local.sysadmin, { name: 'other', url: 'file:///etc/passwd' })
    expect(bad.__type).toBe('Validation Error')
    expect(Object.keys(bad)).toContain('url')
  })

  it('lets only sysadmins manage remotes', () => {
    const someone = local.user('someone')
    expect(local.failure('shelfmark_remote_add', someone, { name: 'p', url: remote.url }).__type).toBe('Authorization Error')
    expect(local.failure('shelfmark_remote_list', local.anonymous).__type).toBe('Authorization Error')
  })

  it('checks a remote: CKAN version, extensions and the token user are recorded', async () => {
    local.call('shelfmark_remote_add', local.sysadmin, { name: 'portal', url: remote.url, token: remote.token })
    const job = await local.runJob('shelfmark_remote_check', { name: 'portal' })
    expect(job.state).toBe('done')
    expect(job.result.ckan_version).toBe('2.10')
    const shown = local.call('shelfmark_remote_show', local.sysadmin, { name: 'portal' })
    expect(shown).toMatchObject({ ckan_version: '2.10', remote_user: 'admin' })
    expect(shown.extensions).toContain('activity')
    expect(shown.checked).toBeTruthy()
  })

  it('reports an unreachable remote as a failed job without the token in the error', async () => {
    local.call('shelfmark_remote_add', local.sysadmin, { name: 'gone', url: 'http://127.0.0.1:9', token: 'tok-secret-xyz' })
    const job = await local.runJob('shelfmark_remote_check', { name: 'gone' })
    expect(job.state).toBe('failed')
    expect(job.error).toMatch(/status_show/)
    expect(job.error).not.toContain('tok-secret-xyz')
  })

  it('removes a remote and its token', () => {
    local.call('shelfmark_remote_add', local.sysadmin, { name: 'portal', url: remote.url, token: remote.token })
    local.call('shelfmark_remote_remove', local.sysadmin, { name: 'portal' })
    expect(local.call('shelfmark_remote_list', local.sysadmin)).toEqual([])
    expect(secretStoreFor(null, local.engine.db).get('portal')).toBeUndefined()
    expect(local.failure('shelfmark_remote_remove', local.sysadmin, { name: 'portal' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Remote not found',
    })
  })
})
