/**
 * Issue 4's benchmark: upload and download of one large file over loopback
 * (multipart resource_create, then GET at the download address), each beside
 * a plain `cp` of the same file timed just before it (same run, same machine
 * load: the figure that matters is the ratio), with the server's peak
 * RSS growth during each transfer. A Node stream copy of the file (read
 * stream → write stream, no HTTP) is printed too: the floor any Node server
 * starts from. The server runs in a child process that samples its own RSS
 * every 25 ms; the upload is sent by curl (`-F upload=@file`), a separate
 * process as a real client is, when curl is installed.
 *
 * Fair conditions for cp and the transfers:
 * - the source is in the page cache for all of them (written just before);
 * - dirty pages are synced (untimed) before every timed step;
 * - every timed step that writes a new file (cp, the upload) starts with
 *   about 1 GB of just-freed page-cache memory to reuse: on a VM that hands
 *   free memory back to its host (Linux free page reporting) pages never
 *   used, or long since freed, cost ~3 s of system time per GB on first
 *   touch, several times cp's whole copy; so an untimed copy is made and
 *   deleted before the cp that precedes the download, as the upload follows
 *   the deletion of cp's copy. (Without it, that cp ran 5-18x slower
 *   than the cp before the upload, flattering the download's ratio.)
 *
 *   node --import tsx test/bench/files.ts [--size-mb 1024] [--dir DIR] [--profile DIR]
 *
 * --profile writes the server child's CPU profile (node --cpu-prof) into DIR.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { closeSync, copyFileSync, createReadStream, createWriteStream, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const megabyte = 1024 * 1024
const { values } = parseArgs({
  options: {
    'size-mb': { type: 'string', default: '1024' },
    dir: { type: 'string' },
    profile: { type: 'string' },
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

    const copy = join(dir, 'copy.bin')
    const useCurl = spawnSync('curl', ['--version']).status === 0
    await timeNodeCopy(source, copy, sizeMb)
    let cpSeconds = timeCp(source, copy, sizeMb)
    syncDisks()
    await child.ask('reset')
    const sent = useCurl ? curlUpload(url, token, datasetId, source) : await socketUpload(url, token, datasetId, source)
    const uploadRss = { ...(await child.ask('report')), clientCpuSeconds: sent.clientCpuSeconds }
    const uploaded = sent.result
    const uploadOk = uploaded.size === sizeMb * megabyte && uploaded.hash === sha256
    reportTransfer('upload', sizeMb, sent.seconds, cpSeconds, uploadRss, uploadOk, useCurl ? 'curl' : 'node socket')

    untimedCopy(source, copy)
    cpSeconds = timeCp(source, copy, sizeMb)
    syncDisks()
    await child.ask('reset')
    const clientCpu = process.cpuUsage()
    const started = performance.now()
    const timed = await download(uploaded.url, token, false)
    const downloadSeconds = (performance.now() - started) / 1000
    const downloadRss = { ...(await child.ask('report')), clientCpuSeconds: cpuSeconds(process.cpuUsage(clientCpu)) }
    // The bytes are checked on a second, untimed download: hashing is the client's cost, not the server's.
    const checked = await download(uploaded.url, token, true)
    const downloadOk = timed.bytes === sizeMb * megabyte && checked.bytes === timed.bytes && checked.sha256 === sha256
    reportTransfer('download', sizeMb, downloadSeconds, cpSeconds, downloadRss, downloadOk, 'node socket')
  } finally {
    await child.stop()
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
  client: string,
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
    client,
    bytes_and_sha256_equal: bytesOk,
    load_average: loadavg().map((load) => round(load)),
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
  syncDisks()
  const timed = spawnSync('bash', ['-c', 'TIMEFORMAT="%R %U %S"; time cp "$0" "$1"', source, target], { encoding: 'utf8' })
  if (timed.status !== 0) throw new Error(`cp failed: ${timed.stderr}`)
  const [seconds, user, system] = timed.stderr.trim().split(/\s+/).slice(-3).map(Number)
  rmSync(target)
  report({ figure: 'cp_mb_per_s', size_mb: sizeMb, seconds: round(seconds), value: round(sizeMb / seconds, 1), cpu_seconds: round(user + system) })
  return seconds
}

/** Seconds for a Node read stream piped to a write stream (1 MB chunks), reported as a figure. */
async function timeNodeCopy(source: string, target: string, sizeMb: number): Promise<number> {
  syncDisks()
  const cpu = process.cpuUsage()
  const started = performance.now()
  await pipeline(createReadStream(source, { highWaterMark: megabyte }), createWriteStream(target, { highWaterMark: megabyte }))
  const seconds = (performance.now() - started) / 1000
  const cpuUsed = cpuSeconds(process.cpuUsage(cpu))
  rmSync(target)
  report({ figure: 'node_stream_copy_mb_per_s', size_mb: sizeMb, seconds: round(seconds), value: round(sizeMb / seconds, 1), cpu_seconds: round(cpuUsed) })
  return seconds
}

/** Copies and deletes the file, untimed: leaves ~1 GB of just-freed memory for the next timed write (see the header). */
function untimedCopy(source: string, target: string): void {
  copyFileSync(source, target)
  rmSync(target)
}

/** Flushes dirty pages so that no timed step pays for the previous one's write-back. */
function syncDisks(): void {
  spawnSync('sync')
}

type Uploaded = { url: string; size: number; hash: string }

/**
 * resource_create sent by curl, timed (wall, user and system seconds) by
 * bash's `time` around it. The parent waits synchronously: the server is
 * another process.
 */
function curlUpload(url: string, token: string, datasetId: string, path: string) {
  const script = 'TIMEFORMAT="%R %U %S"; time curl -sS -H "Authorization: $1" -F "package_id=$2" -F "upload=@$3;filename=big.bin" "$0"'
  const timed = spawnSync('bash', ['-c', script, `${url}/api/3/action/resource_create`, token, datasetId, path], {
    encoding: 'utf8',
    maxBuffer: 16 * megabyte,
  })
  if (timed.status !== 0) throw new Error(`curl failed: ${timed.stderr}`)
  const [seconds, user, system] = timed.stderr.trim().split(/\s+/).slice(-3).map(Number)
  const json = JSON.parse(timed.stdout) as { success: boolean; result: Uploaded }
  if (!json.success) throw new Error(`upload failed: ${timed.stdout}`)
  return { result: json.result, seconds, clientCpuSeconds: user + system }
}

/**
 * Without curl, the measuring client speaks HTTP/1.1 over a bare socket: it should cost
 * less than the server it measures (as cp costs little), and a general
 * HTTP client's parser copies and allocates for every 64 KB of body.
 */

/** resource_create with the file streamed as a multipart part (1 MB reads piped into the socket), timed. */
async function socketUpload(url: string, token: string, datasetId: string, path: string) {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const result = await sendUpload(url, token, datasetId, path)
  return { result, seconds: (performance.now() - started) / 1000, clientCpuSeconds: cpuSeconds(process.cpuUsage(cpu)) }
}

async function sendUpload(url: string, token: string, datasetId: string, path: string): Promise<Uploaded> {
  const boundary = 'shelfmark-bench-boundary'
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="package_id"\r\n\r\n${datasetId}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="upload"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const { hostname, port } = new URL(url)
  const socket = connect(Number(port), hostname)
  const answer = readResponse(socket)
  socket.write(
    `POST /api/3/action/resource_create HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAuthorization: ${token}\r\n` +
      `Content-Type: multipart/form-data; boundary=${boundary}\r\n` +
      `Content-Length: ${head.length + statSync(path).size + tail.length}\r\nConnection: close\r\n\r\n`,
  )
  socket.write(head)
  await pipeline(createReadStream(path, { highWaterMark: megabyte }), socket, { end: false })
  socket.write(tail)
  const json = JSON.parse((await answer).toString()) as { success: boolean; result: Uploaded }
  socket.destroy()
  if (!json.success) throw new Error(`upload failed: ${JSON.stringify(json)}`)
  return json.result
}

/** The body of the one response on `socket` (Content-Length framed). */
function readResponse(socket: Socket): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0)
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk])
      const end = received.indexOf('\r\n\r\n')
      if (end < 0) return
      const length = Number(/content-length: *(\d+)/i.exec(received.subarray(0, end).toString())?.[1] ?? NaN)
      if (received.length >= end + 4 + length) resolve(received.subarray(end + 4, end + 4 + length))
    })
    socket.on('error', reject)
  })
}

/**
 * GETs the file over a socket reading into one reused 1 MB buffer, counting
 * (and hashing, when asked) the body bytes.
 */
function download(url: string, token: string, hashing: boolean): Promise<{ bytes: number; sha256: string }> {
  const { hostname, port, pathname } = new URL(url)
  const hash = createHash('sha256')
  let header = Buffer.alloc(0)
  let length = -1
  let bytes = 0
  return new Promise((resolve, reject) => {
    const take = (body: Buffer) => {
      if (hashing) hash.update(body)
      bytes += body.length
      if (bytes >= length) {
        socket.destroy()
        resolve({ bytes, sha256: hash.digest('hex') })
      }
    }
    const socket = connect({
      host: hostname,
      port: Number(port),
      onread: {
        buffer: Buffer.allocUnsafe(megabyte),
        callback(size: number, buffer: Uint8Array): boolean {
          const chunk = Buffer.from(buffer.buffer, buffer.byteOffset, size)
          if (length >= 0) {
            take(chunk)
            return true
          }
          header = Buffer.concat([header, chunk])
          const end = header.indexOf('\r\n\r\n')
          if (end < 0) return true
          const head = header.subarray(0, end).toString()
          if (!head.startsWith('HTTP/1.1 200')) reject(new Error(`download answered ${head.split('\r\n')[0]}`))
          length = Number(/content-length: *(\d+)/i.exec(head)?.[1])
          take(header.subarray(end + 4))
          return true
        },
      },
    })
    socket.on('error', reject)
    socket.write(`GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAuthorization: ${token}\r\nConnection: close\r\n\r\n`)
  })
}

type ChildInfo = { url: string; token: string; datasetId: string }

/** Forks this script as the server; resolves once it listens. */
async function startChild(dataDir: string, sizeMb: number) {
  const process_: ChildProcess = fork(fileURLToPath(import.meta.url), ['--serve', dataDir, '--size-mb', String(sizeMb)], {
    execArgv: ['--import', 'tsx', ...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [])],
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
    /** Disconnects so the child closes its server and exits normally (writing its CPU profile); kills it after 10 s. */
    async stop(): Promise<void> {
      if (process_.exitCode !== null || process_.signalCode !== null) return
      const exited = new Promise((resolve) => process_.once('exit', resolve))
      const killer = setTimeout(() => process_.kill(), 10_000)
      process_.disconnect()
      await exited
      clearTimeout(killer)
    },
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
  }, 25).unref()
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
