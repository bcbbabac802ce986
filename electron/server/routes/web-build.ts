/**
 * Where the built renderer lives, and building it on demand: a fresh clone
 * has no out/renderer until `vite build` ran, so the first page request
 * builds it (once per process) when Vite is installed.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root (two folders above electron/server/routes). */
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/** The built renderer's folder (SHELFMARK_RENDERER_DIR overrides, e.g. in a packaged app). */
export function rendererDir(): string {
  return process.env.SHELFMARK_RENDERER_DIR ?? join(projectRoot, 'out', 'renderer')
}

let building: Promise<void> | null = null

/** Resolves once out/renderer/index.html exists, building it first if needed. */
export function ensureRendererBuilt(): Promise<void> {
  if (existsSync(join(rendererDir(), 'index.html'))) return Promise.resolve()
  building ??= buildRenderer().finally(() => {
    building = null
  })
  return building
}

/** Runs `vite build` with the renderer's config; rejects with Vite's output on failure. */
export function buildRenderer(): Promise<void> {
  const vite = join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js')
  if (!existsSync(vite)) return Promise.reject(new Error('the renderer is not built and Vite is not installed (run npm install)'))
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', join(projectRoot, 'renderer', 'vite.config.ts'), '--logLevel', 'warn'], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building the renderer failed:\n${output}`))))
  })
}
