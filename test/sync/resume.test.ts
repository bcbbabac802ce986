import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runJob } from '../../electron/sync/jobs/runner.ts'
import { interruptedJobs } from '../../electron/sync/jobs/resume.ts'
import { hostname } from 'node:os'
import { sql } from '../../electron/engine/db/statements.ts'
import { faultProxy, type FaultProxy } from './helpers/proxy.ts'
import { haveFixtures, localSite, remoteSite, seedPortalDatasets, type LocalSite, type RemoteSite } from './helpers/sites.ts'

let remote: RemoteSite
let proxy: FaultProxy
let local: LocalSite
let names: string[]
beforeEach(async () => {
  remote = await remoteSite({ createUnownedDataset: true })
  names = seedPortalDatasets(remote, 8)
  proxy = await faultProxy(remote.url)
  local = localSite()
  local.call('shelfmark_remote_add', local.sysadmin, { name: 'portal', url: proxy.url, token: remote.token })
})
afterEach(async () => {
  local.close()
  await proxy.close()
  remote.close()
})

const searches = () => proxy.seen.filter((s) => s.action === 'package_search' && !JSON.parse(s.body.toString() || '{}').fl)

describe.skipIf(!haveFixtures)('resuming a pull', () => {
  it('a full pull stopped after its first page carries on from its own checkpoint, with the counts so far', async () => {
    const first = local.call('shelfmark_pull', local.sysadmin, { remote: 'portal', rows: 3 })
    const abort = new AbortController()
    const stopped = await runJob(local.engine, first.id, { signal: abort.signal, onProgress: (p) => p.done >= 3 && abort.abort() })
    expect(stopped.state).toBe('cancelled')
    const partial = local.call('shelfmark_job_show', local.sysadmin, { id: first.id })
    expect(partial.result.created).toBe(3) // the checkpoint: counts and the newest timestamp stored

    const before = searches().length
    local.call('shelfmark_job_resume', local.sysadmin, { id: first.id })
    const resumed = await runJob(local.engine, first.id)
    expect(resumed.state).toBe('done')
    const result = JSON.parse(resumed.result!)
    expect(result.created).toBe(names.length) // none fetched twice as new, none missed
    expect(result.failed).toBe(0)
    const firstAfterResume = JSON.parse(searches()[before].body.toString())
    expect(firstAfterResume.fq).toMatch(/^metadata_modified:\[/) // not from the start
    expect(local.call('package_list', local.sysadmin, {}).sort()).toEqual([...names].sort())
  })

  it('a full re-pull resumes from its checkpoint, not from the scope cursor (which is ahead)', async () => {
    await local.runJob('shelfmark_pull', { remote: 'portal' })
    remote.call('package_patch', remote.sysadmin, { id: names[0], title: 'Changed after the first pull' })
    const job = local.call('shelfmark_pull', local.sysadmin, { remote: 'portal', full: true, rows: 3 })
    const abort = new AbortController()
    await runJob(local.engine, job.id, { signal: abort.signal, onProgress: (p) => p.done >= 3 && abort.abort() })
    local.call('shelfmark_job_resume', local.sysadmin, { id: job.id })
    const result = JSON.parse((await runJob(local.engine, job.id)).result!)
    expect(result.updated + result.unchanged).toBe(names.length + 1) // the last page boundary is read once more
    expect(result.updated).toBe(1)
    expect(local.call('package_show', local.sysadmin, { id: names[0] }).title).toBe('Changed after the first pull')
  })

  it('counts a job whose process died as interrupted at once, and a queued one whose process died too', () => {
    const job = local.call('shelfmark_pull', local.sysadmin, { remote: 'portal' })
    const now = new Date().toISOString().slice(0, 23)
    sql(local.engine.db, "UPDATE sync_jobs SET state = 'running', runner = ?, updated = ? WHERE id = ?").run(`99999999@${hostname()}`, now, job.id)
    expect(local.call('shelfmark_job_show', local.sysadmin, { id: job.id }).state).toBe('interrupted')
    expect(interruptedJobs(local.engine.db).map((j) => j.id)).toEqual([job.id])
    sql(local.engine.db, "UPDATE sync_jobs SET state = 'queued' WHERE id = ?").run(job.id)
    expect(local.call('shelfmark_job_show', local.sysadmin, { id: job.id }).state).toBe('interrupted')
    sql(local.engine.db, "UPDATE sync_jobs SET runner = ? WHERE id = ?").run(`${process.pid}@${hostname()}`, job.id)
    expect(local.call('shelfmark_job_show', local.sysadmin, { id: job.id }).state).toBe('queued') // its process is alive: left alone
  })
})
