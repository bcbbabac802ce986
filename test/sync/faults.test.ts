import { describe, expect, it } from 'vitest'
import { loopback } from './helpers/loopback.ts'
import { haveFixtures, localSite, type LocalSite, type RemoteSite } from './helpers/sites.ts'
import { sitePair } from './helpers/site-pair.ts'

const site = sitePair(5)

const show = (catalog: LocalSite | RemoteSite, id: string) => catalog.call('package_show', catalog.sysadmin, { id })
const pull = (params: Record<string, unknown> = {}) => site.local.runJob('shelfmark_pull', { remote: 'portal', ...params })
const push = () => site.local.runJob('shelfmark_push', { remote: 'portal' })
const remoteNames = () => site.remote.call('package_search', site.remote.sysadmin, { q: '*:*', rows: 1000, include_private: true }).results.map((d: any) => d.name).sort()

describe.skipIf(!haveFixtures)('faults on the way', () => {
  it('survives connection resets and 503 with Retry-After during a pull', async () => {
    let searches = 0
    site.proxy.rule = (seen) => {
      if (seen.action !== 'package_search') return 'pass'
      searches++
      if (searches === 1) return 'reset'
      if (searches === 2) return { status: 503, headers: { 'retry-after': '1' }, body: 'busy' }
      return 'pass'
    }
    const started = Date.now()
    const job = await pull({ rows: 2 })
    expect(job.state).toBe('done')
    expect(job.result.created).toBe(site.names.length)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
  })

  it('a 429 asking for a longer wait than it waits fails the job saying how long the remote asked for', async () => {
    site.proxy.rule = (seen) => (seen.action === 'package_search' ? { status: 429, headers: { 'retry-after': '300' }, body: 'slow down' } : 'pass')
    const job = await pull()
    expect(job.state).toBe('failed')
    expect(job.error).toContain('the remote answered 429 and asks to wait 5 min before trying again')
  })

  it('times out a stalled answer and retries it', async () => {
    site.local.close()
    site.local = localSite()
    const { configureSyncTransport } = await import('../../electron/sync/jobs/runner.ts')
    configureSyncTransport(site.local.engine, { timeoutMs: 300, retry: { retries: 3, baseMs: 10, capMs: 50, maxRetryAfterMs: 1000 } })
    site.local.call('shelfmark_remote_add', site.local.sysadmin, { name: 'portal', url: site.proxy.url, token: site.remote.token })
    let stalled = false
    site.proxy.rule = (seen) => (seen.action === 'package_search' && !stalled ? ((stalled = true), 'stall') : 'pass')
    const job = await pull()
    expect(job.result.created).toBe(site.names.length)
  })

  it('a create whose answer is lost is not made twice', async () => {
    await pull()
    site.local.call('package_create', site.local.sysadmin, { name: 'lost-answer', owner_org: show(site.local, site.names[0]).owner_org })
    let creates = 0
    site.proxy.rule = (seen) => (seen.action === 'package_create' && ++creates === 1 ? 'drop-response' : 'pass')
    const job = await push()
    expect(job.result).toMatchObject({ created: 1, failed: 0 })
    expect(creates).toBe(2) // retried, met its own name, adopted
    expect(remoteNames().filter((n: string) => n === 'lost-answer')).toHaveLength(1)
    expect(site.local.call('shelfmark_status', site.local.sysadmin, {}).changes).toEqual([])
  })

  it('an update whose answer is lost is recognised on retry', async () => {
    await pull()
    site.local.call('package_patch', site.local.sysadmin, { id: site.names[2], notes: 'sent once' })
    let revises = 0
    site.proxy.rule = (seen) => (seen.action === 'package_revise' && ++revises === 1 ? 'drop-response' : 'pass')
    const job = await push()
    expect(job.result).toMatchObject({ updated: 1, conflict: 0, failed: 0 })
    expect(show(site.remote, site.names[2]).notes).toBe('sent once')
    expect(site.local.call('shelfmark_status', site.local.sysadmin, {}).changes).toEqual([])
  })

  it('network loss mid-pull, then a resumed pull: every dataset once, from where it stopped', async () => {
    let searches = 0
    site.proxy.rule = (seen) => (seen.action === 'package_search' && ++searches > 2 ? 'reset' : 'pass')
    const failed = await pull({ rows: 2 })
    expect(failed.state).toBe('failed')
    const stored = site.local.call('package_list', site.local.sysadmin).length
    expect(stored).toBeGreaterThan(0)
    expect(stored).toBeLessThan(site.names.length)
    site.proxy.rule = () => 'pass'
    const resumed = site.local.call('shelfmark_job_resume', site.local.sysadmin, { id: failed.id })
    const { runJob } = await import('../../electron/sync/jobs/runner.ts')
    await runJob(site.local.engine, resumed.id)
    const done = site.local.call('shelfmark_job_show', site.local.sysadmin, { id: failed.id })
    expect(done.state).toBe('done')
    expect(done.result.created).toBe(site.names.length) // the counts carry on from the checkpoint: each dataset created once
    expect(done.result.unchanged).toBeLessThanOrEqual(2) // resumed after the last stored page (its boundary read again at most)
    expect(site.local.call('package_list', site.local.sysadmin).sort()).toEqual([...site.names].sort())
  })

  it('network loss mid-push, then a resumed push: exactly the intended datasets, no duplicates', async () => {
    await pull()
    const org = show(site.local, site.names[0]).owner_org
    for (let i = 0; i < 6; i++) site.local.call('package_create', site.local.sysadmin, { name: `offline-${i}`, owner_org: org })
    let creates = 0
    site.proxy.rule = (seen) => {
      if (seen.action === 'package_create') creates++
      return creates >= 3 ? (creates === 3 && seen.action === 'package_create' ? 'drop-response' : 'reset') : 'pass'
    }
    const failed = await push()
    expect(failed.state).toBe('failed')
    site.proxy.rule = () => 'pass'
    const resumed = site.local.call('shelfmark_job_resume', site.local.sysadmin, { id: failed.id })
    const { runJob } = await import('../../electron/sync/jobs/runner.ts')
    await runJob(site.local.engine, resumed.id)
    const done = site.local.call('shelfmark_job_show', site.local.sysadmin, { id: failed.id })
    expect(done.state).toBe('done')
    const expected = [...site.names, ...Array.from({ length: 6 }, (_, i) => `offline-${i}`)].sort()
    expect(remoteNames()).toEqual(expected)
    expect(site.local.call('shelfmark_status', site.local.sysadmin, {}).changes).toEqual([])
  })
})

describe('the token and other origins', () => {
  it('a remote that redirects to another origin gets no token there, and the job says why', async () => {
    const elsewhere = await loopback((_req, res) => void res.end('{}'))
    const mover = await loopback((req, res) => void res.writeHead(307, { location: `${elsewhere.url}${req.url}` }).end())
    try {
      site.local.call('shelfmark_remote_add', site.local.sysadmin, { name: 'moved', url: mover.url, token: 'tok-never-elsewhere' })
      const job = await site.local.runJob('shelfmark_remote_check', { name: 'moved' })
      expect(job.state).toBe('failed')
      expect(job.error).toMatch(/another origin/)
      expect(job.error).not.toContain('tok-never-elsewhere')
      expect(mover.requests[0].headers.authorization).toBe('tok-never-elsewhere')
      expect(elsewhere.requests.every((r) => r.headers.authorization === undefined)).toBe(true)
    } finally {
      await elsewhere.close()
      await mover.close()
    }
  })
})
