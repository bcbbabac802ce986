/**
 * Where the built renderer lives, and building it on demand: a fresh clone
 * has no out/renderer until `vite build` ran, and a checkout whose renderer
 * sources changed since has a stale one, so the first page request (re)builds
 * it, once per process, when the sources and Vite are there.
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root (two folders above electron/server/routes). */
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/** The built renderer's folder (SHELFMARK_RENDERER_DIR overrides, e.g. in a packaged app). */
export function rendererDir(): string {
  return process.env.SHELFMARK_RENDERER_DIR ?? join(projectRoot, 'out', 'renderer')
}

let building: Promise<void> | null = null

let checked = false

/** Resolves once out/renderer/index.html exists and is newer than the renderer's sources. */
export function ensureRendererBuilt(): Promise<void> {
  if (checked) return Promise.resolve()
  if (!needsBuild()) {
    checked = true
    return Promise.resolve()
  }
  building ??= buildRenderer()
    .then(() => void (checked = true))
    .finally(() => {
      building = null
    })
  return building
}

/** True when there is no build, or (in a source checkout) a source file is newer than it. */
function needsBuild(): boolean {
  const index = join(rendererDir(), 'index.html')
  if (!existsSync(index)) return true
  if (process.env.SHELFMARK_RENDERER_DIR) return false // a packaged or chosen build: never rebuilt here
  const built = statSync(index).mtimeMs
  return [join(projectRoot, 'renderer'), join(projectRoot, 'shared')].some((dir) => newestChange(dir) > built)
}

function newestChange(dir: string): number {
  if (!existsSync(dir)) return 0
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs)
  }
  return newest
}

/** Runs `vite build` with the renderer's config; rejects with Vite's output on failure. */
export function buildRenderer(): Promise<void> {
  const vite = join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js')
  if (!existsSync(vite)) return Promise.reject(new Error('the renderer is not built and Vite is not installed (run npm install)'))
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', join(projectRoot, 'renderer', 'vite.config.ts'), '--logLevel', 'warn'], {
      cwd: projectRoot,
      // What ships: a test runner's NODE_ENV=test would make Vite build React's development bundle,
      // which a later `npm start` would then serve as it is.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building the renderer failed:\n${output}`))))
  })
}
