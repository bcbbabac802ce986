/**
 * The one main window, locked down: secure web preferences, the app://
 * origin only, no navigation away, no new windows (https links go to the
 * OS browser), every permission request refused.
 */
import { BrowserWindow, shell, type Session } from 'electron'
import {
  appEntryUrl,
  isAllowedNavigation,
  isLocalDownloadUrl,
  isPermissionGranted,
  isSafeExternalUrl,
  secureWebPreferences,
} from './security-policy.ts'

/** Creates and loads the main window; `siteUrl` is the app's own HTTP door (resource downloads). */
export function createMainWindow(preloadPath: string, siteUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Shelfmark',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preloadPath),
  })
  lockDownSession(window.webContents.session)
  const contents = window.webContents
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isLocalDownloadUrl(url, siteUrl)) contents.downloadURL(url) // Electron asks where to save it
    else if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(appEntryUrl)
  return window
}

/** Refuses every permission request and check for the window's session. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)))
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission))
}
