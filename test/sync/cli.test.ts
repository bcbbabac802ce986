import { describe, expect, it } from 'vitest'
import { siteCaller } from '../../electron/cli/site-user.ts'
import { cli, shelfmark } from './helpers/cli.ts'
import { cliSite } from './helpers/cli-site.ts'
import { haveFixtures } from './helpers/sites.ts'

const site = cliSite()

describe.skipIf(!haveFixtures)('shelfmark CLI: remote, pull, status, push, conflicts, resolve', () => {
  it('drives a whole sync from the command line without ever printing the token', async () => {
    const data = ['--data', site.dataDir]
    const added = await cli(['remote', 'add', 'portal', site.proxy.url, '--token', site.remote.token, ...data])
    expect(added.code).toBe(0)
    const checked = await cli(['remote', 'check', 'portal', ...data])
    expect(checked.stdout).toMatch(/CKAN 2\.10/)
    const pulled = await cli(['pull', 'portal', ...data])
    expect(pulled.code).toBe(0)
    expect(pulled.stdout).toMatch(new RegExp(`${site.names.length} new`))

    site.withCatalog((engine) => engine.call('package_patch', siteCaller(engine), { id: site.names[0], title: 'From the CLI' }))
    const status = await cli(['status', ...data])
    expect(status.stdout).toMatch(new RegExp(`modified\\s+${site.names[0]}\\s+portal`))
    const dry = await cli(['push', 'portal', '--dry-run', ...data])
    expect(dry.stdout).toMatch(/update .*\n  ~ title: .* → "From the CLI"/)
    const pushed = await cli(['push', 'portal', ...data])
    expect(pushed.stdout).toMatch(/1 updated/)
    expect(site.remote.call('package_show', site.remote.sysadmin, { id: site.names[0] }).title).toBe('From the CLI')

    site.withCatalog((engine) => engine.call('package_patch', siteCaller(engine), { id: site.names[1], title: 'Here' }))
    site.remote.call('package_patch', site.remote.sysadmin, { id: site.names[1], title: 'There' })
    await cli(['pull', 'portal', ...data])
    const conflicts = await cli(['conflicts', ...data])
    expect(conflicts.stdout).toContain(site.names[1])
    expect(conflicts.stdout).toMatch(/title\n\s+local:\s+"Here"\n\s+remote: "There"/)
    const resolved = await cli(['resolve', site.names[1], '--take', 'remote', ...data])
    expect(resolved.code).toBe(0)
    expect((await cli(['conflicts', ...data])).stdout).toMatch(/No conflicts/)

    const everything = [added, checked, pulled, status, dry, pushed, conflicts, resolved].map((r) => r.stdout + r.stderr).join('')
    expect(everything).not.toContain(site.remote.token)
  })

  it('remote check fails for a token the remote treats as anonymous; remote token replaces it in place', async () => {
    const data = ['--data', site.dataDir]
    await cli(['remote', 'add', 'portal', site.proxy.url, '--token', site.remote.token, ...data])
    expect((await cli(['pull', 'portal', ...data])).code).toBe(0)
    for (const { id } of site.remote.call('api_token_list', site.remote.sysadmin, { user_id: 'admin' }) as { id: string }[]) {
      site.remote.call('api_token_revoke', site.remote.sysadmin, { jti: id })
    }
    const refused = await cli(['remote', 'check', 'portal', ...data])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/as anonymous .*shelfmark remote token portal --token TOKEN/)

    const { token } = site.remote.call('api_token_create', site.remote.sysadmin, { user: 'admin', name: 'renewed' })
    const replaced = await cli(['remote', 'token', 'portal', '--token', token, ...data])
    expect(replaced.code).toBe(0)
    const checked = await cli(['remote', 'check', 'portal', ...data])
    expect(checked.code).toBe(0)
    expect(checked.stdout).toContain('token user: admin')
    // The links survived: a pull finds everything unchanged rather than new.
    expect((await cli(['pull', 'portal', ...data])).stdout).toMatch(/0 new, 0 updated/)
    expect([refused, replaced, checked].map((r) => r.stdout + r.stderr).join('')).not.toContain(token)
  })

  it('a push killed mid-way resumes in a new process: exactly the intended datasets, no duplicates', async () => {
    const data = ['--data', site.dataDir]
    await cli(['remote', 'add', 'portal', site.proxy.url, '--token', site.remote.token, ...data])
    await cli(['pull', 'portal', ...data])
    const wanted = Array.from({ length: 8 }, (_, i) => `killed-push-${i}`)
    site.withCatalog((engine) => {
      const caller = siteCaller(engine)
      const org = (engine.call('package_show', caller, { id: site.names[0] }) as any).owner_org
      for (const name of wanted) engine.call('package_create', caller, { name, owner_org: org })
    })
    let creates = 0
    let killed: Promise<void> | undefined
    const result = await shelfmark(['push', 'portal', ...data], {}, (child) => {
      site.proxy.rule = (seen) => {
        if (seen.action !== 'package_create') return 'pass'
        creates++
        if (creates < 4) return 'pass'
        // The 4th create reaches the remote, its answer never comes back; then the process dies.
        killed ??= new Promise((r) => setTimeout(() => r(void child.kill('SIGKILL')), 200))
        return 'forward-stall'
      }
    })
    expect(result.code).toBe(null) // killed by the signal
    site.proxy.rule = () => 'pass'
    const jobs = site.withCatalog((engine) => engine.call('shelfmark_job_list', siteCaller(engine), {}) as any[])
    const killedJob = jobs.find((j) => j.kind === 'push')
    expect(killedJob.state).toBe('interrupted') // its process is gone: no need to wait out the heartbeat
    const resumed = await cli(['push', 'portal', ...data])
    expect(resumed.code).toBe(0)
    expect(resumed.stderr).toContain(`Resuming the push job ${killedJob.id}`)
    const onRemote = site.remote.call('package_search', site.remote.sysadmin, { q: 'name:killed-push-*', rows: 100 }).results.map((d: any) => d.name).sort()
    expect(onRemote).toEqual(wanted)
    expect((await cli(['status', ...data])).stdout).toMatch(/Nothing changed/)
    const after = site.withCatalog((engine) => engine.call('shelfmark_job_list', siteCaller(engine), {}) as any[]).filter((j) => j.kind === 'push')
    expect(after.map((j) => [j.id, j.state])).toEqual([[killedJob.id, 'done']]) // the same job finished; none started beside it
  }, 90_000)
})
