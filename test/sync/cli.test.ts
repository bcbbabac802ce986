import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Engine } from '../../electron/engine/engine.ts'
import { siteCaller } from '../../electron/cli/site-user.ts'
import { main } from '../../electron/cli/main.ts'
import { startServer } from '../../electron/server/server.ts'
import { runningJob } from '../../electron/sync/jobs/runner.ts'
import { faultProxy, type FaultProxy } from './helpers/proxy.ts'
import { haveFixtures, remoteSite, seedPortalDatasets, type RemoteSite } from './helpers/sites.ts'

const bin = new URL('../../electron/cli/bin.mjs', import.meta.url).pathname

type Run = { code: number | null; stdout: string; stderr: string }

/** Runs a CLI command in this process (each opens and closes the catalog, as a separate run would), capturing its output. */
async function cli(args: string[]): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const out = process.stdout.write
  const err = process.stderr.write
  process.stdout.write = ((chunk: string) => ((stdout += chunk), true)) as typeof process.stdout.write
  process.stderr.write = ((chunk: string) => ((stderr += chunk), true)) as typeof process.stderr.write
  try {
    const code = await main(args)
    return { code, stdout, stderr }
  } finally {
    process.stdout.write = out
    process.stderr.write = err
  }
}

/** Runs the shelfmark CLI in a child process (slow to start: used where the process must die); `onStart` may kill it. */
function shelfmark(args: string[], env: Record<string, string> = {}, onStart?: (child: ReturnType<typeof spawn>) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    onStart?.(child)
  })
}

let remote: RemoteSite
let proxy: FaultProxy
let dataDir: string
let names: string[]
beforeEach(async () => {
  remote = await remoteSite({ createUnownedDataset: true })
  names = seedPortalDatasets(remote, 4)
  proxy = await faultProxy(remote.url)
  dataDir = mkdtempSync(join(tmpdir(), 'shelfmark-cli-sync-'))
})
afterEach(async () => {
  await proxy.close()
  remote.close()
  rmSync(dataDir, { recursive: true, force: true })
})

/** Edits the CLI's catalog in-process between commands (the data directory is shared, as with a running app). */
function withCatalog<T>(work: (engine: Engine) => T): T {
  const engine = Engine.open({ dataDir })
  try {
    return work(engine)
  } finally {
    engine.close()
  }
}

describe.skipIf(!haveFixtures)('shelfmark CLI: remote, pull, status, push, conflicts, resolve', () => {
  it('drives a whole sync from the command line without ever printing the token', async () => {
    const data = ['--data', dataDir]
    const added = await cli(['remote', 'add', 'portal', proxy.url, '--token', remote.token, ...data])
    expect(added.code).toBe(0)
    const checked = await cli(['remote', 'check', 'portal', ...data])
    expect(checked.stdout).toMatch(/CKAN 2\.10/)
    const pulled = await cli(['pull', 'portal', ...data])
    expect(pulled.code).toBe(0)
    expect(pulled.stdout).toMatch(new RegExp(`${names.length} new`))

    withCatalog((engine) => engine.call('package_patch', siteCaller(engine), { id: names[0], title: 'From the CLI' }))
    const status = await cli(['status', ...data])
    expect(status.stdout).toMatch(new RegExp(`modified\\s+${names[0]}\\s+portal`))
    const dry = await cli(['push', 'portal', '--dry-run', ...data])
    expect(dry.stdout).toMatch(/update .*\n  ~ title: .* → "From the CLI"/)
    const pushed = await cli(['push', 'portal', ...data])
    expect(pushed.stdout).toMatch(/1 updated/)
    expect(remote.call('package_show', remote.sysadmin, { id: names[0] }).title).toBe('From the CLI')

    withCatalog((engine) => engine.call('package_patch', siteCaller(engine), { id: names[1], title: 'Here' }))
    remote.call('package_patch', remote.sysadmin, { id: names[1], title: 'There' })
    await cli(['pull', 'portal', ...data])
    const conflicts = await cli(['conflicts', ...data])
    expect(conflicts.stdout).toContain(names[1])
    expect(conflicts.stdout).toMatch(/title\n\s+local:\s+"Here"\n\s+remote: "There"/)
    const resolved = await cli(['resolve', names[1], '--take', 'remote', ...data])
    expect(resolved.code).toBe(0)
    expect((await cli(['conflicts', ...data])).stdout).toMatch(/No conflicts/)

    const everything = [added, checked, pulled, status, dry, pushed, conflicts, resolved].map((r) => r.stdout + r.stderr).join('')
    expect(everything).not.toContain(remote.token)
  })

  it('a push killed mid-way resumes in a new process: exactly the intended datasets, no duplicates', async () => {
    const data = ['--data', dataDir]
    await cli(['remote', 'add', 'portal', proxy.url, '--token', remote.token, ...data])
    await cli(['pull', 'portal', ...data])
    const wanted = Array.from({ length: 8 }, (_, i) => `killed-push-${i}`)
    withCatalog((engine) => {
      const caller = siteCaller(engine)
      const org = (engine.call('package_show', caller, { id: names[0] }) as any).owner_org
      for (const name of wanted) engine.call('package_create', caller, { name, owner_org: org })
    })
    let creates = 0
    let killed: Promise<void> | undefined
    const result = await shelfmark(['push', 'portal', ...data], {}, (child) => {
      proxy.rule = (seen) => {
        if (seen.action !== 'package_create') return 'pass'
        creates++
        if (creates < 4) return 'pass'
        // The 4th create reaches the remote, its answer never comes back; then the process dies.
        killed ??= new Promise((r) => setTimeout(() => r(void child.kill('SIGKILL')), 200))
        return 'forward-stall'
      }
    })
    expect(result.code).toBe(null) // killed by the signal
    proxy.rule = () => 'pass'
    const jobs = withCatalog((engine) => engine.call('shelfmark_job_list', siteCaller(engine), {}) as any[])
    const killedJob = jobs.find((j) => j.kind === 'push')
    expect(killedJob.state).toBe('interrupted') // its process is gone: no need to wait out the heartbeat
    const resumed = await cli(['push', 'portal', ...data])
    expect(resumed.code).toBe(0)
    expect(resumed.stderr).toContain(`Resuming the push job ${killedJob.id}`)
    const onRemote = remote.call('package_search', remote.sysadmin, { q: 'name:killed-push-*', rows: 100 }).results.map((d: any) => d.name).sort()
    expect(onRemote).toEqual(wanted)
    expect((await cli(['status', ...data])).stdout).toMatch(/Nothing changed/)
    const after = withCatalog((engine) => engine.call('shelfmark_job_list', siteCaller(engine), {}) as any[]).filter((j) => j.kind === 'push')
    expect(after.map((j) => [j.id, j.state])).toEqual([[killedJob.id, 'done']]) // the same job finished; none started beside it
  }, 90_000)

  it('updates whose records a killed push never wrote are recognised on resume: no conflict, nothing sent twice', async () => {
    const data = ['--data', dataDir]
    await cli(['remote', 'add', 'portal', proxy.url, '--token', remote.token, ...data])
    await cli(['pull', 'portal', ...data])
    withCatalog((engine) => {
      for (const name of names) engine.call('package_patch', siteCaller(engine), { id: name, title: `Offline ${name}` })
    })
    let revises = 0
    const result = await shelfmark(['push', 'portal', ...data], {}, (child) => {
      proxy.rule = (seen) => {
        // The 2nd update lands and its answer goes back; the process dies before it can write that down.
        if (seen.action === 'package_revise' && ++revises === 2) setTimeout(() => child.kill('SIGKILL'), 5)
        return revises > 2 ? 'stall' : 'pass'
      }
    })
    expect(result.code).toBe(null)
    proxy.rule = () => 'pass'
    const resumed = await cli(['push', 'portal', ...data])
    expect(resumed.code).toBe(0)
    expect(resumed.stdout).toMatch(/[1-9]\d* updated, 0 deleted, 0 unchanged, 0 in conflict, 0 refused/)
    for (const name of names) expect(remote.call('package_show', remote.sysadmin, { id: name }).title).toBe(`Offline ${name}`)
    expect((await cli(['status', ...data])).stdout).toMatch(/Nothing changed/)
  }, 90_000)

  it('a push killed mid-way is resumed by the next server start, in the background', async () => {
    const data = ['--data', dataDir]
    await cli(['remote', 'add', 'portal', proxy.url, '--token', remote.token, ...data])
    await cli(['pull', 'portal', ...data])
    const wanted = Array.from({ length: 6 }, (_, i) => `served-push-${i}`)
    withCatalog((engine) => {
      const caller = siteCaller(engine)
      const org = (engine.call('package_show', caller, { id: names[0] }) as any).owner_org
      for (const name of wanted) engine.call('package_create', caller, { name, owner_org: org })
    })
    let creates = 0
    const result = await shelfmark(['push', 'portal', ...data], {}, (child) => {
      proxy.rule = (seen) => {
        if (seen.action !== 'package_create' || ++creates < 3) return 'pass'
        setTimeout(() => child.kill('SIGKILL'), 200)
        return 'forward-stall' // the 3rd create lands remotely; its answer never arrives
      }
    })
    expect(result.code).toBe(null)
    proxy.rule = () => 'pass'
    const engine = Engine.open({ dataDir })
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
    const onRemote = remote.call('package_search', remote.sysadmin, { q: 'name:served-push-*', rows: 100 }).results.map((d: any) => d.name).sort()
    expect(onRemote).toEqual(wanted)
    expect((await cli(['status', ...data])).stdout).toMatch(/Nothing changed/)
  }, 90_000)
})
