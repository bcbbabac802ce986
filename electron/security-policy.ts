/**
 * The desktop app's security settings, in one place and free of Electron
 * imports so tests can read and assert them without the Electron binary
 * (Electron's security checklist: isolation, sandbox, CSP, navigation,
 * new windows, openExternal, permissions, IPC senders).
 */
import type { WebPreferences } from 'electron'

/** The app's own scheme: the renderer loads from app://shelfmark/. */
export const appScheme = 'app'
/** The host part of the app's own origin. */
export const appHost = 'shelfmark'
/** The app's own origin, the only one its window may show. */
export const appOrigin = `${appScheme}://${appHost}`

/** The renderer's entry page. */
export const appEntryUrl = `${appOrigin}/index.html`

/** The strict CSP sent with every app:// response: no inline or eval'd script or style, no remote content. */
export const desktopCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The window's web preferences: isolated, sandboxed, no Node in the page. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false, // a file dropped outside a drop zone must not replace the app
    spellcheck: true,
    devTools: process.env.SHELFMARK_DEVTOOLS === '1',
  }
}

/** True when a URL belongs to the app itself (the only place the window may be). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost
  } catch {
    return false
  }
}

/**
 * Whether the window may navigate to `url`: within the app only, and only
 * to its entry page (routes live in the hash, which is not a navigation).
 */
export function isAllowedNavigation(url: string): boolean {
  if (!isAppUrl(url)) return false
  const { pathname } = new URL(url)
  return pathname === '/' || pathname === '/index.html'
}

/** Whether a link may be handed to the OS browser: https only, no credentials in it. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === ''
  } catch {
    return false
  }
}

/**
 * True for a resource download of the app's own HTTP door (`siteUrl`): the
 * one non-https link the window may act on, by saving the file, not opening it.
 */
export function isLocalDownloadUrl(url: string, siteUrl: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.origin === new URL(siteUrl).origin && /^\/dataset\/[^/]+\/resource\/[^/]+\/download\/[^/]+$/.test(parsed.pathname)
  } catch {
    return false
  }
}

/** Every permission request (camera, notifications, geolocation…) is refused. */
export function isPermissionGranted(_permission: string): boolean {
  return false
}

/** IPC callers: only the app's own top-level page, never a subframe or another origin. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url)
}

/** The file under `rootDir` an app:// request names, or null when it would leave the folder. */
export function appFilePath(requestUrl: string, rootDir: string, join: (...parts: string[]) => string): string | null {
  if (!isAppUrl(requestUrl)) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname)
  } catch {
    return null
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html'
  const parts = pathname.split('/').filter(Boolean)
  if (parts.some((part) => part === '..' || part === '.' || part.includes('\\') || part.includes('\0'))) return null
  return join(rootDir, ...parts)
}
