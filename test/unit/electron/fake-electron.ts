/**
 * A recording stand-in for the parts of Electron's API the glue uses. The
 * Electron binary cannot be fetched on build machines, so tests load the
 * real main.ts / preload.ts against this (vi.mock('electron')) and assert
 * what they asked Electron to do: window preferences, handlers, menu, CSP.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

type Listener = (...args: any[]) => unknown

/** Everything the glue did, for assertions. */
export const recorded = {
  privilegedSchemes: [] as unknown[],
  sandboxEnabled: false,
  singleInstanceRequested: false,
  appListeners: new Map<string, Listener[]>(),
  windows: [] as FakeBrowserWindow[],
  ipcHandlers: new Map<string, Listener>(),
  protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  menuTemplate: null as unknown,
  openedExternally: [] as string[],
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  rendererListeners: new Map<string, Listener[]>(),
  exitCode: null as number | null,
  errorBoxes: [] as { title: string; content: string }[],
}

let resolveReady: () => void = () => {}
const ready = new Promise<void>((resolve) => (resolveReady = resolve))

/** Lets app.whenReady() resolve, as Electron does once it started. */
export function becomeReady(): void {
  resolveReady()
}

function on(map: Map<string, Listener[]>, event: string, listener: Listener) {
  map.set(event, [...(map.get(event) ?? []), listener])
}

export const app = {
  enableSandbox: () => void (recorded.sandboxEnabled = true),
  requestSingleInstanceLock: () => ((recorded.singleInstanceRequested = true), true),
  on: (event: string, listener: Listener) => on(recorded.appListeners, event, listener),
  whenReady: () => ready,
  quit: () => {},
  exit: (code: number) => void (recorded.exitCode = code),
  getPath: () => '/tmp',
  isPackaged: false,
}

class FakeWebContents {
  listeners = new Map<string, Listener[]>()
  windowOpenHandler: Listener | null = null
  sent: unknown[][] = []
  downloads: string[] = []
  session = new FakeSession()
  downloadURL(url: string) {
    this.downloads.push(url)
  }
  on(event: string, listener: Listener) {
    on(this.listeners, event, listener)
    return this
  }
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler
  }
  send(...args: unknown[]) {
    this.sent.push(args)
  }
  isDestroyed() {
    return false
  }
  /** Fires an event the way Electron would, returning whether a listener prevented it. */
  emit(event: string, details: Record<string, unknown>): boolean {
    let prevented = false
    const eventObject = { ...details, preventDefault: () => void (prevented = true) }
    for (const listener of this.listeners.get(event) ?? []) listener(eventObject)
    return prevented
  }
}

class FakeSession {
  permissionRequestHandler: Listener | null = null
  permissionCheckHandler: Listener | null = null
  setPermissionRequestHandler(handler: Listener) {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: Listener) {
    this.permissionCheckHandler = handler
  }
}

export class FakeBrowserWindow {
  webContents = new FakeWebContents()
  loadedUrl: string | null = null
  listeners = new Map<string, Listener[]>()
  constructor(readonly options: Record<string, any>) {
    recorded.windows.push(this)
  }
  loadURL(url: string) {
    this.loadedUrl = url
    return Promise.resolve()
  }
  once(event: string, listener: Listener) {
    on(this.listeners, event, listener)
  }
  on(event: string, listener: Listener) {
    on(this.listeners, event, listener)
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false
  }
}
export const BrowserWindow = FakeBrowserWindow

export const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: (plain: string) => Buffer.from([...Buffer.from(plain)].reverse()),
  decryptString: (data: Buffer) => Buffer.from([...data].reverse()).toString(),
}

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => void recorded.privilegedSchemes.push(...schemes),
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void recorded.protocolHandlers.set(scheme, handler),
}

export const net = {
  /** file:// only, as the glue uses it. */
  fetch: async (url: string) => {
    try {
      return new Response(await readFile(fileURLToPath(url)), { status: 200, headers: { 'content-type': 'text/html' } })
    } catch {
      return new Response('missing', { status: 404 })
    }
  },
}

export const ipcMain = {
  handle: (channel: string, handler: Listener) => void recorded.ipcHandlers.set(channel, handler),
  removeHandler: (channel: string) => void recorded.ipcHandlers.delete(channel),
}

export const Menu = {
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu: (menu: { template: unknown }) => void (recorded.menuTemplate = menu.template),
}

export const dialog = {
  showErrorBox: (title: string, content: string) => void recorded.errorBoxes.push({ title, content }),
}

export const shell = { openExternal: async (url: string) => void recorded.openedExternally.push(url) }

export const contextBridge = {
  exposeInMainWorld: (key: string, api: unknown) => void recorded.exposed.set(key, api),
}

export const ipcRenderer = {
  invoke: async (...args: unknown[]) => {
    recorded.invoked.push(args)
    return { help: '', success: true, result: null }
  },
  on: (channel: string, listener: Listener) => on(recorded.rendererListeners, channel, listener),
  removeListener: (channel: string, listener: Listener) =>
    recorded.rendererListeners.set(channel, (recorded.rendererListeners.get(channel) ?? []).filter((l) => l !== listener)),
}

export const webUtils = { getPathForFile: (file: { name: string }) => `/home/user/${file.name}` }
