/**
 * The desktop app's main process: thin glue. One window, single instance,
 * the menu, the app:// origin, the IPC door and the HTTP door over one
 * engine, and remote tokens in the OS keyring (safeStorage).
 */
import { app, BrowserWindow, dialog, safeStorage } from 'electron'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { registerAppScheme, serveRenderer } from './app-protocol.ts'
import { resolveDataDir } from './cli/data-dir.ts'
import { siteCaller } from './cli/site-user.ts'
import type { Caller } from './engine/engine.ts'
import { Engine } from './engine/engine.ts'
import { registerChannels } from './ipc/channels.ts'
import { SafeStorageSecretStore } from './ipc/safe-storage-secrets.ts'
import { installMenu } from './menu.ts'
import { startServer, type RunningServer } from './server/server.ts'
import { ChainedSecretStore, EnvSecretStore, useSecretStore } from './sync/secrets.ts'
import { createMainWindow } from './window.ts'

/** out/electron when bundled (build/build-electron.mjs), where preload.cjs and migrations sit too. */
const here = dirname(fileURLToPath(import.meta.url))
const rendererDir = process.env.SHELFMARK_RENDERER_DIR ?? join(here, '..', 'renderer')
process.env.SHELFMARK_RENDERER_DIR = rendererDir // the HTTP door's web mode serves the same build

// better-sqlite3 built for Electron's ABI, beside the Node build in node_modules (build/README.md):
// a resource of the packaged app, or out/native/electron in a source checkout.
const electronBinding = app.isPackaged
  ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
  : join(here, '..', 'native', 'electron', 'better_sqlite3.node')
if (!process.env.SHELFMARK_SQLITE_BINDING && existsSync(electronBinding)) process.env.SHELFMARK_SQLITE_BINDING = electronBinding

registerAppScheme()
app.enableSandbox()

let window: BrowserWindow | null = null
let engine: Engine | null = null
let server: RunningServer | null = null

if (!app.requestSingleInstanceLock()) {
  app.quit() // another Shelfmark owns this catalog; it is brought forward below
} else {
  app.on('second-instance', () => {
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' })) // window.ts widens this for https links only
  })
  app.whenReady().then(start).catch(fail) // a catalog that cannot open (a bad shelfmark.ini, say) is said, not left windowless
  app.on('window-all-closed', () => app.quit())
  app.on('before-quit', stop)
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir(undefined)
  engine = Engine.open({ dataDir, indexThread: true })
  const openEngine = engine
  let owner: Caller | null = null
  const ownerCaller = () => (owner ??= siteCaller(openEngine)) // the desktop's owner: the local site sysadmin

  const secrets = new SafeStorageSecretStore(safeStorage, join(dataDir, 'secrets.safe.json'))
  useSecretStore(dataDir, new ChainedSecretStore([new EnvSecretStore(), secrets]))
  if (!secrets.status().encrypted) {
    console.warn(`shelfmark: no OS keyring (${secrets.status().backend}): remote tokens are stored obfuscated, not encrypted`)
  }

  server = await startHttpDoor(openEngine)
  serveRenderer(rendererDir)
  registerChannels({
    engine: openEngine,
    owner: ownerCaller,
    secretStatus: () => secrets.status(),
  })
  installMenu(() => window)
  window = createMainWindow(join(here, 'preload.cjs'), server.url)
  window.on('closed', () => (window = null))
}

/** The HTTP door for other programs: CKAN's port 5000, or any free port when it is taken. */
async function startHttpDoor(openEngine: Engine): Promise<RunningServer> {
  const port = Number(process.env.SHELFMARK_PORT ?? 5000)
  try {
    return await startServer({ engine: openEngine, port })
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE') throw error
    return startServer({ engine: openEngine, port: 0 })
  }
}

function stop(): void {
  const closing = server
  server = null
  void closing?.close().finally(() => engine?.close())
  if (!closing) engine?.close()
}

function fail(error: unknown): void {
  console.error('shelfmark: could not start:', error)
  dialog.showErrorBox('Shelfmark could not start', error instanceof Error ? error.message : String(error))
  app.exit(1)
}
