import { describe, expect, it } from 'vitest'
import { runJob } from '../../electron/sync/jobs/runner.ts'
import { interruptedJobs } from '../../electron/sync/jobs/resume.ts'
import { hostname } from 'node:os'
import { sql } from '../../electron/engine/db/statements.ts'
import { haveFixtures } from './helpers/sites.ts'
import { sitePair } from './helpers/site-pair.ts'

const site = sitePair(8)

const searches = () => site.proxy.seen.filter((s) => s.action === 'package_search' && !JSON.parse(s.body.toString() || '{}').fl)

describe.skipIf(!haveFixtures)('resuming a pull', () => {
  it('a full pull stopped after its first page carries on from its own checkpoint, with the counts so far', async () => {
    const first = site.local.call('shelfmark_pull', site.local.sysadmin, { remote: 'portal', rows: 3 })
    const abort = new AbortController()
    const stopped = await runJob(site.local.engine, first.id, { signal: abort.signal, onProgress: (p) => p.done >= 3 && abort.abort() })
    expect(stopped.state).toBe('cancelled')
    const partial = site.local.call('shelfmark_job_show', site.local.sysadmin, { id: first.id })
    expect(partial.result.created).toBe(3) // the checkpoint: counts and the newest timestamp stored

    const before = searches().length
    site.local.call('shelfmark_job_resume', site.local.sysadmin, { id: first.id })
    const resumed = await runJob(site.local.engine, first.id)
    expect(resumed.state).toBe('done')
    const result = JSON.parse(resumed.result!)
    expect(result.created).toBe(site.names.length) // none fetched twice as new, none missed
    expect(result.failed).toBe(0)
    const firstAfterResume = JSON.parse(searches()[before].body.toString())
    expect(firstAfterResume.fq).toMatch(/^metadata_modified:\[/) // not from the start
    expect(site.local.call('package_list', site.local.sysadmin, {}).sort()).toEqual([...site.names].sort())
  })

  it('a full re-pull resumes from its checkpoint, not from the scope cursor (which is ahead)', async () => {
    await site.local.runJob('shelfmark_pull', { remote: 'portal' })
    site.remote.call('package_patch', site.remote.sysadmin, { id: site.names[0], title: 'Changed after the first pull' })
    const job = site.local.call('shelfmark_pull', site.local.sysadmin, { remote: 'portal', full: true, rows: 3 })
    const abort = new AbortController()
    await runJob(site.local.engine, job.id, { signal: abort.signal, onProgress: (p) => p.done >= 3 && abort.abort() })
    site.local.call('shelfmark_job_resume', site.local.sysadmin, { id: job.id })
    const result = JSON.parse((await runJob(site.local.engine, job.id)).result!)
    expect(result.updated + result.unchanged).toBe(site.names.length + 1) // the last page boundary is read once more
    expect(result.updated).toBe(1)
    expect(site.local.call('package_show', site.local.sysadmin, { id: site.names[0] }).title).toBe('Changed after the first pull')
  })

  it('counts a job whose process died as interrupted at once, and a queued one whose process died too', () => {
    const job = site.local.call('shelfmark_pull', site.local.sysadmin, { remote: 'portal' })
    const now = new Date().toISOString().slice(0, 23)
    sql(site.local.engine.db, "UPDATE sync_jobs SET state = 'running', runner = ?, updated = ? WHERE id = ?").run(`99999999@${hostname()}`, now, job.id)
    expect(site.local.call('shelfmark_job_show', site.local.sysadmin, { id: job.id }).state).toBe('interrupted')
    expect(interruptedJobs(site.local.engine.db).map((j) => j.id)).toEqual([job.id])
    sql(site.local.engine.db, "UPDATE sync_jobs SET state = 'queued' WHERE id = ?").run(job.id)
    expect(site.local.call('shelfmark_job_show', site.local.sysadmin, { id: job.id }).state).toBe('interrupted')
    sql(site.local.engine.db, "UPDATE sync_jobs SET runner = ? WHERE id = ?").run(`${process.pid}@${hostname()}`, job.id)
    expect(site.local.call('shelfmark_job_show', site.local.sysadmin, { id: job.id }).state).toBe('queued') // its process is alive: left alone
  })
})
