/**
 * Where the catalog lives: `--data DIR`, else $SHELFMARK_DATA, else the OS's
 * per-user app data folder, the same one Electron's app.getPath('userData')
 * gives the desktop app (productName "Shelfmark"), so the CLI, the server and
 * the app share one catalog.
 */
import { existsSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { catalogFileName } from '../engine/engine.ts'
import { UsageError } from './args.ts'

/** The app's folder name inside the OS's app data folder. */
export const appFolderName = 'Shelfmark'

/** The per-user app data folder for Shelfmark on this OS. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), appFolderName)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appFolderName)
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), appFolderName)
}

/**
 * The data directory to use, as an absolute path: the flag, then
 * $SHELFMARK_DATA, then the default. An empty `--data` (a script's unset
 * variable) is refused rather than read as "the default": that would
 * quietly write into the user's own catalog. So is a path that is a file.
 */
export function resolveDataDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag !== undefined && flag.trim() === '') throw new UsageError('--data is empty: give the catalog folder')
  const dir = resolve(flag || env.SHELFMARK_DATA || defaultDataDir(env))
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`${dir} is a file, not a catalog folder`)
  return dir
}

/** The data directory of a command that only reads: it must hold a catalog already (a mistyped path is no empty catalog). */
export function existingDataDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = resolveDataDir(flag, env)
  if (!existsSync(join(dir, catalogFileName))) throw new UsageError(`no catalog in ${dir} (${catalogFileName} is missing)`)
  return dir
}

/** True when neither the flag nor $SHELFMARK_DATA chose the folder (printed hints then need no --data). */
export function isDefaultDataDir(flag?: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return !flag && !env.SHELFMARK_DATA
}
