/**
 * Runs the real CLI (`shelfmark serve --port 0`) over a temporary data
 * directory and reads its address and one-time sign-in link from stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The project root. */
export const projectRoot = new URL('../..', import.meta.url).pathname

/** A running `serve`. */
export type ServeProcess = { url: string; signInLink: string; dataDir: string; stop(): Promise<void> }

/** A running `serve`, plus how long it took to print its address (ms). */
export type ServeOptions = { dataDir?: string; args?: string[] }

/**
 * Starts `serve` over a new temporary data directory (removed on stop), or
 * over `dataDir` (kept); resolves when it printed its address and sign-in link.
 */
export async function startServe(options: ServeOptions = {}): Promise<ServeProcess & { startupMs: number }> {
  const started = performance.now()
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'shelfmark-e2e-'))
  const extraArgs = options.args ?? []
  const child = spawn(process.execPath, [join(projectRoot, 'electron/cli/bin.mjs'), 'serve', '--port', '0', '--data', dataDir, ...extraArgs], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const ready = new Promise<{ url: string; signInLink: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start in time:\n${output}`)), 60_000)
    const onData = (chunk: Buffer) => {
      output += chunk
      const url = /Serving (http:\/\/\S+)/.exec(output)?.[1]
      const signInLink = /sign-in link\): (http:\/\/\S+)/.exec(output)?.[1]
      if (url && signInLink) {
        clearTimeout(timer)
        resolve({ url, signInLink })
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`serve exited with ${code}:\n${output}`))
    })
  })
  const { url, signInLink } = await ready
  return {
    url,
    signInLink,
    dataDir,
    startupMs: performance.now() - started,
    stop: () => stopChild(child).finally(() => options.dataDir ?? rmSync(dataDir, { recursive: true, force: true })),
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
