/**
 * Issue 5's benchmark: against a loopback remote (a Shelfmark in a child
 * process) holding N generated datasets (default 10,000),
 *   1. fetch and discard every page a pull would fetch (the baseline),
 *   2. pull everything into a fresh catalog (rate, ratio to the baseline,
 *      this process's RSS growth sampled every 20 ms),
 *   3. change 1,000 datasets locally and push them with concurrency 3.
 * Each figure prints as one JSON line, with the CPU seconds this process
 * and the remote used (wall-clock rates swing with other load on a shared
 * machine; CPU time shows what a core per process would give).
 *
 * With --profile DIR, the pull and push phases are CPU-profiled on both
 * sides (pull-local.cpuprofile, push-remote.cpuprofile, ...; open them in Chrome's
 * DevTools or summarise with test/sync/profile-summary.ts).
 *
 *   node --import tsx test/sync/bench.ts [--datasets 10000] [--changed 1000] [--dir DIR] [--profile DIR]
 */
import { fork, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { Engine } from '../../electron/engine/engine.ts'
import { siteCaller } from '../../electron/cli/site-user.ts'
import { runJob, runJobsInForeground } from '../../electron/sync/jobs/runner.ts'
import { RemoteCkan } from '../../electron/sync/remote-ckan.ts'
import { searchPageRows } from '../../electron/sync/pull.ts'
import { millisOf, searchParams } from '../../electron/sync/scope.ts'
import { generateDataset, seededRandom } from '../bench/generate.ts'

const { values } = parseArgs({
  options: {
    datasets: { type: 'string', default: '10000' },
    changed: { type: 'string', default: '1000' },
    dir: { type: 'string' },
    profile: { type: 'string' },
    serve: { type: 'string' }, // internal: run as the remote child over this data directory
  },
})

if (values.serve) await serve(values.serve, Number(values.datasets))
else await main()

function report(figure: Record<string, unknown>): void {
  console.log(JSON.stringify(figure))
}

async function main(): Promise<void> {
  const total = Number(values.datasets)
  const dir = values.dir ?? mkdtempSync(join(tmpdir(), 'shelfmark-bench-sync-'))
  const { child, url, token } = await startRemote(join(dir, 'remote'), total)
  const engine = Engine.open({ dataDir: join(dir, 'local') })
  try {
    runJobsInForeground(engine)
    const caller = siteCaller(engine)
    engine.call('shelfmark_remote_add', caller, { name: 'bench', url, token })

    let cpu = await cpuMark(child)
    const fetched = await fetchAndDiscard(url, token)
    let used = await cpuSince(child, cpu)
    report({ figure: 'fetch-and-discard', datasets: fetched.count, seconds: round(fetched.seconds), per_second: Math.round(fetched.count / fetched.seconds), ...used })

    global.gc?.()
    const rssBefore = process.memoryUsage().rss
    let rssPeak = rssBefore
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20)
    const pullProfiler = values.profile ? await startProfiling(child) : undefined
    cpu = await cpuMark(child)
    let started = performance.now()
    const pullJob = engine.call('shelfmark_pull', caller, { remote: 'bench' }) as { id: string }
    const pulled = await runJob(engine, pullJob.id)
    const pullSeconds = (performance.now() - started) / 1000
    clearInterval(sampler)
    used = await cpuSince(child, cpu)
    if (pullProfiler) await pullProfiler.stop(values.profile!, 'pull')
    const pullResult = JSON.parse(pulled.result ?? '{}')
    const pullRate = pullResult.created / pullSeconds
    report({
      figure: 'pull',
      state: pulled.state,
      datasets: pullResult.created,
      seconds: round(pullSeconds),
      per_second: Math.round(pullRate),
      ratio_to_fetch: round(pullRate / (fetched.count / fetched.seconds)),
      rss_growth_mb: round((rssPeak - rssBefore) / 1024 / 1024),
      ...used,
      targets: { per_second: 1000, ratio_to_fetch: 0.3, rss_growth_mb: 200 },
    })

    const changed = Math.min(Number(values.changed), pullResult.created)
    const names = (engine.db.prepare('SELECT name FROM packages ORDER BY name LIMIT ?').all(changed) as { name: string }[]).map((r) => r.name)
    engine.db.transaction(() => {
      for (const name of names) engine.call('package_patch', caller, { id: name, notes: `changed offline ${name}` })
    })()
    // One more write outside that transaction: work the engine defers after writes (search indexing) is done now, not inside the timed push.
    engine.call('package_patch', caller, { id: names[0], notes: `changed offline ${names[0]}` })
    const profiler = values.profile ? await startProfiling(child) : undefined
    cpu = await cpuMark(child)
    started = performance.now()
    const pushJob = engine.call('shelfmark_push', caller, { remote: 'bench', concurrency: 3 }) as { id: string }
    const pushed = await runJob(engine, pushJob.id)
    const pushSeconds = (performance.now() - started) / 1000
    const pushResult = JSON.parse(pushed.result ?? '{}')
    used = await cpuSince(child, cpu)
    if (profiler) await profiler.stop(values.profile!, 'push')
    report({
      figure: 'push',
      state: pushed.state,
      datasets: pushResult.updated,
      conflicts: pushResult.conflict,
      failed: pushResult.failed,
      seconds: round(pushSeconds),
      per_second: Math.round(pushResult.updated / pushSeconds),
      ...used,
      targets: { per_second: 200 },
    })
  } finally {
    engine.close()
    child.kill()
    if (!values.dir) rmSync(dir, { recursive: true, force: true })
  }
}

/** The pages a pull fetches (same parameters, same keyset walk), parsed and thrown away. */
async function fetchAndDiscard(url: string, token: string): Promise<{ count: number; seconds: number }> {
  const client = new RemoteCkan({ url, token })
  const started = performance.now()
  let count = 0
  let lower: string | undefined
  let boundary = new Set<string>()
  for (;;) {
    const page = await client.action<{ results: Record<string, unknown>[] }>('package_search', searchParams({}, lower, searchPageRows, 0))
    const fresh = page.results.filter((d) => !(boundary.has(String(d.id)) && millisOf(d.metadata_modified) === millisOf(lower)))
    count += fresh.length
    if (page.results.length < searchPageRows) break
    lower = String(page.results.at(-1)!.metadata_modified)
    boundary = new Set(page.results.filter((d) => millisOf(d.metadata_modified) === millisOf(lower)).map((d) => String(d.id)))
  }
  return { count, seconds: (performance.now() - started) / 1000 }
}

type CpuMark = { local: NodeJS.CpuUsage; remote: NodeJS.CpuUsage }

/**
 * CPU seconds used by this process and by the remote since `mark`: on a
 * shared machine wall-clock rates swing with other load, CPU time much less,
 * so each figure also says how fast it would go with a core per process.
 */
async function cpuMark(child: ChildProcess): Promise<CpuMark> {
  return { local: process.cpuUsage(), remote: await ask(child) }
}

async function cpuSince(child: ChildProcess, mark: CpuMark): Promise<Record<string, number>> {
  const local = process.cpuUsage(mark.local)
  const remote = await ask(child)
  const seconds = (u: { user: number; system: number }) => round((u.user + u.system) / 1e6)
  return {
    local_cpu_s: seconds(local),
    remote_cpu_s: seconds({ user: remote.user - mark.remote.user, system: remote.system - mark.remote.system }),
  }
}

function ask<T = NodeJS.CpuUsage>(child: ChildProcess, what = 'cpu'): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (answer) => resolve(answer as T))
    child.send(what)
  })
}

/** Starts the V8 CPU profiler here and in the remote; `stop(dir, phase)` writes both profiles. */
async function startProfiling(child: ChildProcess): Promise<{ stop(dir: string, phase: string): Promise<void> }> {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 500 })
  await session.post('Profiler.start')
  await ask(child, 'profile-start')
  return {
    async stop(dir, phase) {
      const { profile } = await session.post('Profiler.stop')
      session.disconnect()
      const remote = await ask<string>(child, 'profile-stop')
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, `${phase}-local.cpuprofile`), JSON.stringify(profile))
      writeFileSync(join(dir, `${phase}-remote.cpuprofile`), remote)
    },
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

/** Starts the remote child and waits for its URL and token. */
function startRemote(dataDir: string, total: number): Promise<{ child: ChildProcess; url: string; token: string }> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', dataDir, '--datasets', String(total)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    child.once('message', (info: { url: string; token: string }) => resolve({ child, ...info }))
    child.once('exit', (code) => reject(new Error(`remote exited with ${code}`)))
  })
}

/** The remote: a catalog seeded with generated datasets (1,000 per transaction), served on 127.0.0.1. */
async function serve(dataDir: string, total: number): Promise<void> {
  const { startServer } = await import('../../electron/server/server.ts')
  const engine = Engine.open({ dataDir })
  const caller = siteCaller(engine)
  const org = engine.call('organization_create', caller, { name: 'bench-org' }) as { id: string }
  const random = seededRandom(5)
  const started = performance.now()
  for (let start = 0; start < total; start += 1000) {
    engine.db.transaction(() => {
      for (let i = start; i < Math.min(total, start + 1000); i++) engine.call('package_create', caller, generateDataset(i, org.id, random))
    })()
  }
  report({ figure: 'remote-seeded', datasets: total, seconds: round((performance.now() - started) / 1000) })
  const { token } = engine.call('api_token_create', caller, { user: 'default', name: 'bench' }) as { token: string }
  const server = await startServer({ engine, host: '127.0.0.1', port: 0 })
  process.send!({ url: server.url, token })
  const session = new Session()
  process.on('message', async (what) => {
    if (what === 'profile-start') {
      session.connect()
      await session.post('Profiler.enable')
      await session.post('Profiler.setSamplingInterval', { interval: 500 })
      await session.post('Profiler.start')
      process.send!('started')
    } else if (what === 'profile-stop') {
      const { profile } = await session.post('Profiler.stop')
      session.disconnect()
      process.send!(JSON.stringify(profile))
    } else process.send!(process.cpuUsage())
  })
  process.on('disconnect', () => process.exit(0))
}
