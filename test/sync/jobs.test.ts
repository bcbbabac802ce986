import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sql } from '../../electron/engine/db/statements.ts'
import { registerJobHandler } from '../../electron/sync/jobs/kinds.ts'
import { claimJob, createJob, effectiveState, jobById, requestCancel } from '../../electron/sync/jobs/store.ts'
import { runJob } from '../../electron/sync/jobs/runner.ts'
import { localSite, type LocalSite } from './helpers/sites.ts'

let local: LocalSite
let remoteId: string
beforeEach(() => {
  local = localSite()
  remoteId = local.call('shelfmark_remote_add', local.sysadmin, { name: 'portal', url: 'http://127.0.0.1:9' }).id
})
afterEach(() => local.close())

const newJob = () => createJob(local.engine.db, { kind: 'check', remoteId, userId: local.sysadmin.user!.id, params: {} })
const pretendRunner = (id: string, runner: string, updated: string) =>
  sql(local.engine.db, "UPDATE sync_jobs SET state = 'running', runner = ?, updated = ? WHERE id = ?").run(runner, updated, id)

describe('sync jobs', () => {
  it('are never run by two processes: a live runner keeps its job, a silent one loses it', () => {
    const id = newJob()
    pretendRunner(id, '1@elsewhere', new Date().toISOString().slice(0, 23))
    expect(claimJob(local.engine.db, id)).toBe(false)
    expect(effectiveState(jobById(local.engine.db, id)!)).toBe('running')
    pretendRunner(id, '1@elsewhere', '2000-01-01T00:00:00.000')
    expect(effectiveState(jobById(local.engine.db, id)!)).toBe('interrupted')
    expect(claimJob(local.engine.db, id)).toBe(true)
  })

  it('cancels a queued job at once', () => {
    const id = newJob()
    requestCancel(local.engine.db, id)
    expect(jobById(local.engine.db, id)!.state).toBe('cancelled')
  })

  it('stops a running job when cancelled, keeping what it finished', async () => {
    let steps = 0
    registerJobHandler('check', async (ctx) => {
      for (;;) {
        steps++
        await new Promise((r) => setTimeout(r, 20))
        if (ctx.signal.aborted) throw new Error('stopped')
      }
    })
    const id = newJob()
    const abort = new AbortController()
    const running = runJob(local.engine, id, { signal: abort.signal })
    await new Promise((r) => setTimeout(r, 100))
    abort.abort()
    const final = await running
    expect(final.state).toBe('cancelled')
    expect(steps).toBeGreaterThan(1)
  })

  it('reports progress to listeners and in the row', async () => {
    registerJobHandler('check', async (ctx) => {
      ctx.progress.phase('counting', 3)
      for (let i = 0; i < 3; i++) ctx.progress.advance()
      return { counted: 3 }
    })
    const seen: number[] = []
    const final = await runJob(local.engine, newJob(), { onProgress: (p) => seen.push(p.done) })
    expect(final.state).toBe('done')
    expect(JSON.parse(final.result!)).toEqual({ counted: 3 })
    expect(seen.at(-1)).toBe(3)
    expect(local.call('shelfmark_job_show', local.sysadmin, { id: final.id })).toMatchObject({ phase: 'counting', done: 3, total: 3 })
  })

  it('resumes only jobs that stopped', async () => {
    const id = newJob()
    expect(local.failure('shelfmark_job_resume', local.sysadmin, { id }).id).toEqual(['A queued job cannot be resumed'])
    expect(local.failure('shelfmark_job_show', local.sysadmin, { id: 'nope' })).toEqual({ __type: 'Not Found Error', message: 'Not found: Job not found' })
  })
})
