/**
 * Where the catalog lives: `--data DIR`, else $SHELFMARK_DATA, else the OS's
 * per-user app data folder, the same one Electron's app.getPath('userData')
 * gives the desktop app (productName "Shelfmark"), so the CLI, the server and
 * the app share one catalog.
 */
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

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

/** The data directory to use, as an absolute path: the flag, then $SHELFMARK_DATA, then the default. */
export function resolveDataDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(flag || env.SHELFMARK_DATA || defaultDataDir(env))
}

/** True when neither the flag nor $SHELFMARK_DATA chose the folder (printed hints then need no --data). */
export function isDefaultDataDir(flag?: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return !flag && !env.SHELFMARK_DATA
}
