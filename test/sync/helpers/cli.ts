/**
 * Running the shelfmark CLI in tests: in this process (fast; each command
 * opens and closes the catalog as a separate run would) or in a child
 * process (slow to start; for runs that must die).
 */
import { spawn } from 'node:child_process'
import { Engine } from '../../../electron/engine/engine.ts'
import { main } from '../../../electron/cli/main.ts'

const bin = new URL('../../../electron/cli/bin.mjs', import.meta.url).pathname

export type Run = { code: number | null; stdout: string; stderr: string }

/** Runs a CLI command in this process (each opens and closes the catalog, as a separate run would), capturing its output. */
export async function cli(args: string[]): Promise<Run> {
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
export function shelfmark(args: string[], env: Record<string, string> = {}, onStart?: (child: ReturnType<typeof spawn>) => void): Promise<Run> {
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

/** Opens the catalog in `dataDir`, runs `work` on it, closes it (the data directory is shared, as with a running app). */
export function withCatalog<T>(dataDir: string, work: (engine: Engine) => T): T {
  const engine = Engine.open({ dataDir })
  try {
    return work(engine)
  } finally {
    engine.close()
  }
}
