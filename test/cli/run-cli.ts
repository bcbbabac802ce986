/** Runs the real `shelfmark` bin (node electron/cli/bin.mjs) in a child process. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const bin = join(repoRoot, 'electron', 'cli', 'bin.mjs')

export type CliResult = { code: number | null; stdout: string; stderr: string }

/** A fresh, empty data directory. */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'shelfmark-cli-'))
}

/** Starts the bin; the caller reads its streams and ends it. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcessWithoutNullStreams {
  const { SHELFMARK_DATA: _ignored, ...inherited } = process.env
  return spawn(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ...inherited, ...env } })
}

/** Runs the bin to completion. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const child = spawnCli(args, env)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  child.stdin.end()
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** Resolves with the first stdout line matching `pattern` (its first group), or rejects when the process ends first. */
export function waitForLine(child: ChildProcessWithoutNullStreams, pattern: RegExp, stream: 'stdout' | 'stderr' = 'stdout'): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = ''
    const onData = (chunk: Buffer) => {
      seen += chunk.toString()
      const match = pattern.exec(seen)
      if (match) {
        child[stream].off('data', onData)
        resolve(match[1] ?? match[0])
      }
    }
    child[stream].on('data', onData)
    child.on('close', (code) => reject(new Error(`exited (${code}) before printing ${pattern}: ${seen}`)))
  })
}

/** Stops a child with SIGTERM and waits for it. */
export function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => {
    child.on('close', (code) => resolve(code))
    child.kill('SIGTERM')
  })
}
