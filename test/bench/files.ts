/**
 * Issue 4's benchmark: upload and download of one large file over loopback
 * (multipart resource_create, then GET at the download address), each beside
 * a plain `cp` of the same file timed just before it (same run, same machine
 * load: the figure that matters is the ratio), with the server's peak
 * RSS growth during each transfer. The server runs in a child process that
 * samples its own RSS every 10 ms. Prints one JSON line per figure.
 *
 *   node --import tsx test/bench/files.ts [--size-mb 1024] [--dir DIR]
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, mkdtempSync, openSync, rmSync, statSync, writeSync, closeSync } from 'node:fs'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { request } from 'undici'

const megabyte = 1024 * 1024
const { values } = parseArgs({
  options: {
    'size-mb': { type: 'string', default: '1024' },
    dir: { type: 'string' },
    serve: { type: 'string' }, // internal: run as the server child over this data directory
  },
})

if (values.serve) await serve(values.serve, Number(values['size-mb']))
else await main()

/** Prints one figure as a JSON line. */
function report(figure: Record<string, unknown>): void {
  console.log(JSON.stringify(figure))
}

async function main(): Promise<void> {
  const sizeMb = Number(values['size-mb'])
  const dir = values.dir ?? mkdtempSync(join(tmpdir(), 'shelfmark-bench-files-'))
  const source = join(dir, 'source.bin')
  const child = await startChild(join(dir, 'data'), sizeMb)
  try {
    const sha256 = writeSource(source, sizeMb)
    const { url, token, datasetId } = child.info

    let cpSeconds = timeCp(source, join(dir, 'copy.bin'), sizeMb)
    await child.ask('reset')
    let clientCpu = process.cpuUsage()
    let started = performance.now()
    const uploaded = await upload(url, token, datasetId, source)
    const uploadSeconds = (performance.now() - started) / 1000
    const uploadRss = { ...(await child.ask('report')), clientCpuSeconds: cpuSeconds(process.cpuUsage(clientCpu)) }
    const uploadOk = uploaded.size === sizeMb * megabyte && uploaded.hash === sha256
    reportTransfer('upload', sizeMb, uploadSeconds, cpSeconds, uploadRss, uploadOk)

    cpSeconds = timeCp(source, join(dir, 'copy.bin'), sizeMb)
    await child.ask('reset')
    clientCpu = process.cpuUsage()
    started = performance.now()
    const timed = await download(uploaded.url, token, false)
    const downloadSeconds = (performance.now() - started) / 1000
    const downloadRss = { ...(await child.ask('report')), clientCpuSeconds: cpuSeconds(process.cpuUsage(clientCpu)) }
    // The bytes are checked on a second, untimed download: hashing is the client's cost, not the server's.
    const checked = await download(uploaded.url, token, true)
    const downloadOk = timed.bytes === sizeMb * megabyte && checked.bytes === timed.bytes && checked.sha256 === sha256
    reportTransfer('download', sizeMb, downloadSeconds, cpSeconds, downloadRss, downloadOk)
  } finally {
    child.process.kill()
    if (!values.dir) rmSync(dir, { recursive: true, force: true })
  }
}

function reportTransfer(
  figure: string,
  sizeMb: number,
  seconds: number,
  cpSeconds: number,
  rss: { baselineMb: number; peakMb: number; cpuSeconds: number; clientCpuSeconds: number },
  bytesOk: boolean,
): void {
  const ratio = cpSeconds / seconds
  const growth = rss.peakMb - rss.baselineMb
  report({
    figure: `${figure}_mb_per_s`,
    size_mb: sizeMb,
    seconds: round(seconds),
    value: round(sizeMb / seconds, 1),
    ratio_to_cp: round(ratio),
    server_rss_baseline_mb: round(rss.baselineMb, 1),
    server_rss_peak_growth_mb: round(growth, 1),
    server_cpu_seconds: round(rss.cpuSeconds),
    client_cpu_seconds: round(rss.clientCpuSeconds),
    bytes_and_sha256_equal: bytesOk,
    target: 'ratio_to_cp >= 0.5 and rss growth <= 64 MB',
    pass: bytesOk && ratio >= 0.5 && growth <= 64,
  })
}

/** A file of `sizeMb` MB of incompressible bytes (a 1 MB random block repeated with a counter); returns its sha256. */
function writeSource(path: string, sizeMb: number): string {
  const block = randomBytes(megabyte)
  const hash = createHash('sha256')
  const fd = openSync(path, 'w')
  for (let i = 0; i < sizeMb; i++) {
    block.writeUInt32LE(i, 0)
    writeSync(fd, block)
    hash.update(block)
  }
  closeSync(fd)
  return hash.digest('hex')
}

/**
 * Seconds for `cp source target` (source in the page cache, no sync: as the
 * transfers), reported as a figure with the CPU seconds cp used.
 */
function timeCp(source: string, target: string, sizeMb: number): number {
  const timed = spawnSync('bash', ['-c', 'TIMEFORMAT="%R %U %S"; time cp "$0" "$1"', source, target], { encoding: 'utf8' })
  if (timed.status !== 0) throw new Error(`cp failed: ${timed.stderr}`)
  const [seconds, user, system] = timed.stderr.trim().split(/\s+/).slice(-3).map(Number)
  rmSync(target)
  report({ figure: 'cp_mb_per_s', size_mb: sizeMb, seconds: round(seconds), value: round(sizeMb / seconds, 1), cpu_seconds: round(user + system) })
  return seconds
}

/** resource_create with the file streamed as a multipart part (undici, no buffering). */
async function upload(url: string, token: string, datasetId: string, path: string) {
  const boundary = 'shelfmark-bench-boundary'
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="package_id"\r\n\r\n${datasetId}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="upload"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const size = statSync(path).size
  async function* body() {
    yield head
    yield* createReadStream(path, { highWaterMark: megabyte })
    yield tail
  }
  const response = await request(`${url}/api/3/action/resource_create`, {
    method: 'POST',
    headers: {
      authorization: token,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(head.length + size + tail.length),
    },
    body: Readable.from(body(), { objectMode: false }),
  })
  const json = (await response.body.json()) as { success: boolean; result: { url: string; size: number; hash: string } }
  if (!json.success) throw new Error(`upload failed: ${JSON.stringify(json)}`)
  return json.result
}

/**
 * GETs the file, counting (and hashing, when asked) what arrives. node:http rather than
 * undici here: its native parser hands body bytes over without the copy out
 * of undici's WASM parser, so the measuring client costs less than the server.
 */
function download(url: string, token: string, hashing: boolean): Promise<{ bytes: number; sha256: string }> {
  return new Promise((resolve, reject) => {
    const req = get(url, { headers: { authorization: token } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`download answered ${response.statusCode}`))
      const hash = createHash('sha256')
      let bytes = 0
      response.on('data', (chunk: Buffer) => {
        if (hashing) hash.update(chunk)
        bytes += chunk.length
      })
      response.on('end', () => resolve({ bytes, sha256: hash.digest('hex') }))
      response.on('error', reject)
    })
    req.on('error', reject)
  })
}

type ChildInfo = { url: string; token: string; datasetId: string }

/** Forks this script as the server; resolves once it listens. */
async function startChild(dataDir: string, sizeMb: number) {
  const process_: ChildProcess = fork(fileURLToPath(import.meta.url), ['--serve', dataDir, '--size-mb', String(sizeMb)], {
    execArgv: ['--import', 'tsx'],
  })
  const pending: ((value: any) => void)[] = []
  const ready = new Promise<ChildInfo>((resolve, reject) => {
    process_.once('error', reject)
    process_.once('exit', (code) => reject(new Error(`server child exited with ${code}`)))
    process_.on('message', (message: any) => {
      if (message.ready) resolve(message.ready)
      else pending.shift()?.(message)
    })
  })
  const info = await ready
  return {
    process: process_,
    info,
    ask(command: 'reset' | 'report'): Promise<any> {
      return new Promise((resolve) => {
        pending.push(resolve)
        process_.send(command)
      })
    },
  }
}

/** The child: a door over a fresh catalog, a dataset to upload into, and RSS sampling on request. */
async function serve(dataDir: string, sizeMb: number): Promise<void> {
  const { Engine } = await import('../../electron/engine/engine.ts')
  const { addSysadmin } = await import('../../electron/engine/users/create-sysadmin.ts')
  const { addToken } = await import('../../electron/engine/users/create-token.ts')
  const { startServer } = await import('../../electron/server/server.ts')
  const engine = Engine.open({ dataDir, config: { maxResourceSizeMb: sizeMb + 1 } })
  addSysadmin(engine, { name: 'bench' })
  const token = addToken(engine, 'bench', 'bench')
  const caller = engine.asUser('bench')
  engine.call('organization_create', caller, { name: 'bench-org' })
  const dataset = engine.call('package_create', caller, { name: 'bench-files', owner_org: 'bench-org' }) as { id: string }
  const server = await startServer({ engine, port: 0 })

  let baseline = process.memoryUsage.rss()
  let peak = baseline
  let cpuAtReset = process.cpuUsage()
  setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss())
  }, 10).unref()
  process.on('message', (command) => {
    if (command === 'reset') {
      globalThis.gc?.()
      baseline = process.memoryUsage.rss()
      peak = baseline
      cpuAtReset = process.cpuUsage()
      process.send!({ baselineMb: baseline / megabyte })
    } else if (command === 'report') {
      peak = Math.max(peak, process.memoryUsage.rss())
      process.send!({ baselineMb: baseline / megabyte, peakMb: peak / megabyte, cpuSeconds: cpuSeconds(process.cpuUsage(cpuAtReset)) })
    }
  })
  process.on('disconnect', () => {
    void server.close().then(() => process.exit(0))
  })
  process.send!({ ready: { url: server.url, token, datasetId: dataset.id } })
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6
}

function round(value: number, digits = 2): number {
  return Math.round(value * 10 ** digits) / 10 ** digits
}
