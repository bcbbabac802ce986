import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runJob } from '../../electron/sync/jobs/runner.ts'
import { faultProxy, unknownAction, type FaultProxy } from './helpers/proxy.ts'
import { haveFixtures, localSite, remoteSite, seedPortalDatasets, type LocalSite, type RemoteSite } from './helpers/sites.ts'

let remote: RemoteSite
let proxy: FaultProxy
let local: LocalSite
let names: string[]
beforeEach(async () => {
  remote = await remoteSite({ createUnownedDataset: true })
  names = seedPortalDatasets(remote, 5)
  proxy = await faultProxy(remote.url)
  local = localSite()
  local.call('shelfmark_remote_add', local.sysadmin, { name: 'portal', url: proxy.url, token: remote.token })
})
afterEach(async () => {
  local.close()
  await proxy.close()
  remote.close()
})

const show = (site: LocalSite | RemoteSite, id: string) => site.call('package_show', site.sysadmin, { id })
const pull = (params: Record<string, unknown> = {}) => local.runJob('shelfmark_pull', { remote: 'portal', ...params })
const push = () => local.runJob('shelfmark_push', { remote: 'portal' })
const remoteNames = () => remote.call('package_search', remote.sysadmin, { q: '*:*', rows: 1000, include_private: true }).results.map((d: any) => d.name).sort()

describe.skipIf(!haveFixtures)('older remotes', () => {
  it('pulls with package_list + package_show where search is refused', async () => {
    proxy.rule = (seen) => (seen.action === 'package_search' ? unknownAction('package_search') : 'pass')
    const job = await pull()
    expect(job.result).toMatchObject({ mode: 'list', created: names.length, failed: 0 })
    expect(local.call('package_list', local.sysadmin).sort()).toEqual([...names].sort())
    expect(local.call('shelfmark_remote_show', local.sysadmin, { name: 'portal' }).capabilities.package_search).toBe(false)
  })

  it('resumes a stopped package_list pull after the last dataset it stored, not from the start', async () => {
    proxy.rule = (seen) => (seen.action === 'package_search' ? unknownAction('package_search') : 'pass')
    const job = local.call('shelfmark_pull', local.sysadmin, { remote: 'portal', rows: 2 })
    const abort = new AbortController()
    const stopped = await runJob(local.engine, job.id, { signal: abort.signal, onProgress: (p) => p.done >= 2 && abort.abort() })
    expect(stopped.state).toBe('cancelled')
    const stored = local.call('package_list', local.sysadmin).length
    expect(stored).toBeGreaterThan(0)
    expect(stored).toBeLessThan(names.length)
    const shows = () => proxy.seen.filter((seen) => seen.action === 'package_show').length
    const before = shows()
    local.call('shelfmark_job_resume', local.sysadmin, { id: job.id })
    const resumed = await runJob(local.engine, job.id)
    expect(resumed.state).toBe('done')
    expect(JSON.parse(resumed.result!)).toMatchObject({ mode: 'list', created: names.length, failed: 0 })
    expect(shows() - before).toBe(names.length - stored) // only the datasets not stored yet are read again
    expect(local.call('package_list', local.sysadmin).sort()).toEqual([...names].sort())
  })

  it('pushes with compare-then-update where package_revise is refused, and still catches a concurrent edit', async () => {
    await pull()
    proxy.rule = (seen) => (seen.action === 'package_revise' ? unknownAction('package_revise') : 'pass')
    local.call('package_patch', local.sysadmin, { id: names[0], title: 'No revise here' })
    const job = await push()
    expect(job.result).toMatchObject({ updated: 1, failed: 0 })
    expect(show(remote, names[0]).title).toBe('No revise here')
    expect(proxy.seen.filter((s) => s.action === 'package_update')).toHaveLength(1)

    local.call('package_patch', local.sysadmin, { id: names[1], title: 'Local' })
    remote.call('package_patch', remote.sysadmin, { id: names[1], title: 'Remote' })
    const second = await push()
    expect(second.result).toMatchObject({ conflict: 1, updated: 0 })
    expect(show(remote, names[1]).title).toBe('Remote')
  })
})
