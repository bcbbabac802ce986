import { describe, expect, it } from 'vitest'
import { runJob } from '../../electron/sync/jobs/runner.ts'
import { unknownAction } from './helpers/proxy.ts'
import { haveFixtures, type LocalSite, type RemoteSite } from './helpers/sites.ts'
import { sitePair } from './helpers/site-pair.ts'

const site = sitePair(5)

const show = (catalog: LocalSite | RemoteSite, id: string) => catalog.call('package_show', catalog.sysadmin, { id })
const pull = (params: Record<string, unknown> = {}) => site.local.runJob('shelfmark_pull', { remote: 'portal', ...params })
const push = () => site.local.runJob('shelfmark_push', { remote: 'portal' })

describe.skipIf(!haveFixtures)('older remotes', () => {
  it('pulls with package_list + package_show where search is refused', async () => {
    site.proxy.rule = (seen) => (seen.action === 'package_search' ? unknownAction('package_search') : 'pass')
    const job = await pull()
    expect(job.result).toMatchObject({ mode: 'list', created: site.names.length, failed: 0 })
    expect(site.local.call('package_list', site.local.sysadmin).sort()).toEqual([...site.names].sort())
    expect(site.local.call('shelfmark_remote_show', site.local.sysadmin, { name: 'portal' }).capabilities.package_search).toBe(false)
  })

  it('resumes a stopped package_list pull after the last dataset it stored, not from the start', async () => {
    site.proxy.rule = (seen) => (seen.action === 'package_search' ? unknownAction('package_search') : 'pass')
    const job = site.local.call('shelfmark_pull', site.local.sysadmin, { remote: 'portal', rows: 2 })
    const abort = new AbortController()
    const stopped = await runJob(site.local.engine, job.id, { signal: abort.signal, onProgress: (p) => p.done >= 2 && abort.abort() })
    expect(stopped.state).toBe('cancelled')
    const stored = site.local.call('package_list', site.local.sysadmin).length
    expect(stored).toBeGreaterThan(0)
    expect(stored).toBeLessThan(site.names.length)
    const shows = () => site.proxy.seen.filter((seen) => seen.action === 'package_show').length
    const before = shows()
    site.local.call('shelfmark_job_resume', site.local.sysadmin, { id: job.id })
    const resumed = await runJob(site.local.engine, job.id)
    expect(resumed.state).toBe('done')
    expect(JSON.parse(resumed.result!)).toMatchObject({ mode: 'list', created: site.names.length, failed: 0 })
    expect(shows() - before).toBe(site.names.length - stored) // only the datasets not stored yet are read again
    expect(site.local.call('package_list', site.local.sysadmin).sort()).toEqual([...site.names].sort())
  })

  it('pushes with compare-then-update where package_revise is refused, and still catches a concurrent edit', async () => {
    await pull()
    site.proxy.rule = (seen) => (seen.action === 'package_revise' ? unknownAction('package_revise') : 'pass')
    site.local.call('package_patch', site.local.sysadmin, { id: site.names[0], title: 'No revise here' })
    const job = await push()
    expect(job.result).toMatchObject({ updated: 1, failed: 0 })
    expect(show(site.remote, site.names[0]).title).toBe('No revise here')
    expect(site.proxy.seen.filter((s) => s.action === 'package_update')).toHaveLength(1)

    site.local.call('package_patch', site.local.sysadmin, { id: site.names[1], title: 'Local' })
    site.remote.call('package_patch', site.remote.sysadmin, { id: site.names[1], title: 'Remote' })
    const second = await push()
    expect(second.result).toMatchObject({ conflict: 1, updated: 0 })
    expect(show(site.remote, site.names[1]).title).toBe('Remote')
  })
})
