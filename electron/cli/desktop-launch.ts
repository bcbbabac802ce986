/**
 * What `npm start` needs to open the desktop app: a display, Electron's
 * binary (fetched with Electron's own install script on first run when the
 * install skipped it), the bundled main process, and better-sqlite3 built
 * for Electron's ABI. When any is missing, the caller serves web mode.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root (electron/cli → ../..). */
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const electronPackage = join(projectRoot, 'node_modules', 'electron')

/** Whether the desktop app can open, and if not, why (printed to the user). */
export type DesktopCheck = { ok: true; electronPath: string } | { ok: false; reason: string }

/** True when a window could be shown: always on macOS and Windows, with X11 or Wayland elsewhere. */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'darwin' || platform === 'win32') return true
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY)
}

/** The Electron executable if its binary is installed (node_modules/electron/path.txt names it). */
export function installedElectron(): string | null {
  const pathFile = join(electronPackage, 'path.txt')
  if (!existsSync(pathFile)) return null
  const executable = join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(executable) ? executable : null
}

/**
 * Runs a node script to the end; resolves to whether it succeeded within
 * `timeoutMs`. Quietly: its output is shown only as one line when it fails.
 */
export function runNode(script: string, args: string[] = [], timeoutMs = 180_000): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs)
    child.on('error', () => resolve(false))
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (code !== 0) process.stdout.write(`  (${output.trim().split('\n')[0] || `exit code ${code}`})\n`)
      resolve(code === 0)
    })
  })
}

/**
 * Checks, in order of cost: a display, Electron's binary (downloading it once
 * if missing), better-sqlite3 for Electron's ABI (building it once if missing).
 */
export async function checkDesktop(env: NodeJS.ProcessEnv = process.env): Promise<DesktopCheck> {
  if (env.SHELFMARK_NO_DESKTOP === '1') return { ok: false, reason: 'SHELFMARK_NO_DESKTOP=1 is set' }
  if (!hasDisplay(env)) return { ok: false, reason: 'there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)' }
  if (!existsSync(join(electronPackage, 'install.js'))) return { ok: false, reason: 'the electron package is not installed' }
  let electronPath = installedElectron()
  if (!electronPath) {
    process.stdout.write("Fetching Electron's binary (first run)…\n")
    await runNode(join(electronPackage, 'install.js'))
    electronPath = installedElectron()
    if (!electronPath) return { ok: false, reason: "Electron's binary could not be downloaded" }
  }
  if (!existsSync(join(projectRoot, 'out', 'native', 'electron', 'better_sqlite3.node'))) {
    process.stdout.write("Building better-sqlite3 for Electron's ABI (first run)…\n")
    if (!(await runNode(join(projectRoot, 'build', 'native-electron.mjs')))) {
      return { ok: false, reason: "better-sqlite3 could not be built for Electron (see build/README.md)" }
    }
  }
  return { ok: true, electronPath }
}

/**
 * Builds what the app loads (renderer, main bundle) and runs Electron on the
 * project until its window closes; resolves to Electron's exit code.
 */
export async function launchDesktop(electronPath: string, options: { dataDir: string; port: number }): Promise<number> {
  const { ensureRendererBuilt } = await import('../server/routes/web-build.ts')
  await ensureRendererBuilt()
  if (!(await runNode(join(projectRoot, 'build', 'build-electron.mjs')))) return 1
  return new Promise((resolve) => {
    const child = spawn(electronPath, [projectRoot], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, SHELFMARK_DATA: options.dataDir, SHELFMARK_PORT: String(options.port) },
    })
    child.on('error', () => resolve(1))
    child.on('exit', (code) => resolve(code ?? 1))
  })
}
