import { describe, expect, it } from 'vitest'
import { siteCaller } from '../../electron/cli/site-user.ts'
import { cli, shelfmark } from './helpers/cli.ts'
import { cliSite } from './helpers/cli-site.ts'
import { startServer } from '../../electron/server/server.ts'
import { runningJob } from '../../electron/sync/jobs/runner.ts'
import { Engine } from '../../electron/engine/engine.ts'
import { haveFixtures } from './helpers/sites.ts'

const site = cliSite()

describe.skipIf(!haveFixtures)('shelfmark CLI: pushes killed mid-way', () => {
  it('updates whose records a killed push never wrote are recognised on resume: no conflict, nothing sent twice', async () => {
    const data = ['--data', site.dataDir]
    await cli(['remote', 'add', 'portal', site.proxy.url, '--token', site.remote.token, ...data])
    await cli(['pull', 'portal', ...data])
    site.withCatalog((engine) => {
      for (const name of site.names) engine.call('package_patch', siteCaller(engine), { id: name, title: `Offline ${name}` })
    })
    let revises = 0
    const result = await shelfmark(['push', 'portal', ...data], {}, (child) => {
      site.proxy.rule = (seen) => {
        // The 2nd update lands and its answer goes back; the process dies before it can write that down.
        if (seen.action === 'package_revise' && ++revises === 2) setTimeout(() => child.kill('SIGKILL'), 5)
        return revises > 2 ? 'stall' : 'pass'
      }
    })
    expect(result.code).toBe(null)
    site.proxy.rule = () => 'pass'
    const resumed = await cli(['push', 'portal', ...data])
    expect(resumed.code).toBe(0)
    expect(resumed.stdout).toMatch(/[1-9]\d* updated, 0 deleted, 0 unchanged, 0 in conflict, 0 refused/)
    for (const name of site.names) expect(site.remote.call('package_show', site.remote.sysadmin, { id: name }).title).toBe(`Offline ${name}`)
    expect((await cli(['status', ...data])).stdout).toMatch(/Nothing changed/)
  }, 90_000)

  it('a push killed mid-way is resumed by the next server start, in the background', async () => {
    const data = ['--data', site.dataDir]
    await cli(['remote', 'add', 'portal', site.proxy.url, '--token', site.remote.token, ...data])
    await cli(['pull', 'portal', ...data])
    const wanted = Array.from({ length: 6 }, (_, i) => `served-push-${i}`)
    site.withCatalog((engine) => {
      const caller = siteCaller(engine)
      const org = (engine.call('package_show', caller, { id: site.names[0] }) as any).owner_org
      for (const name of wanted) engine.call('package_create', caller, { name, owner_org: org })
    })
    let creates = 0
    const result = await shelfmark(['push', 'portal', ...data], {}, (child) => {
      site.proxy.rule = (seen) => {
        if (seen.action !== 'package_create' || ++creates < 3) return 'pass'
        setTimeout(() => child.kill('SIGKILL'), 200)
        return 'forward-stall' // the 3rd create lands remotely; its answer never arrives
      }
    })
    expect(result.code).toBe(null)
    site.proxy.rule = () => 'pass'
    const engine = Engine.open({ dataDir: site.dataDir })
    const server = await startServer({ engine, host: '127.0.0.1', port: 0 })
    try {
      const job = (engine.call('shelfmark_job_list', siteCaller(engine), {}) as any[]).find((j) => j.kind === 'push')
      expect(runningJob(job.id)).toBeDefined() // picked up at start-up
      const final = await runningJob(job.id)!
      expect(final.state).toBe('done')
    } finally {
      await server.close()
      engine.close()
    }
    const onRemote = site.remote.call('package_search', site.remote.sysadmin, { q: 'name:served-push-*', rows: 100 }).results.map((d: any) => d.name).sort()
    expect(onRemote).toEqual(wanted)
    expect((await cli(['status', ...data])).stdout).toMatch(/Nothing changed/)
  }, 90_000)
})
