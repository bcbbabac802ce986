/**
 * The app:// scheme: the renderer's files served from out/renderer with the
 * strict CSP, so the page has its own origin and never loads from file:// or
 * the network.
 */
import { net, protocol } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { appFilePath, appScheme, desktopCsp } from './security-policy.ts'

/** Declares the scheme before the app is ready (standard + secure, so it gets a real origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ])
}

/** Serves the renderer folder on app://shelfmark/ (call once the app is ready). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const path = appFilePath(request.url, rendererDir, join)
    if (!path) return new Response('Not found', { status: 404 })
    const file = await net.fetch(pathToFileURL(path).toString()).catch(() => null)
    if (!file || !file.ok) return new Response('Not found', { status: 404 })
    const headers = new Headers(file.headers)
    headers.set('Content-Security-Policy', desktopCsp)
    headers.set('X-Content-Type-Options', 'nosniff')
    return new Response(file.body, { status: 200, headers })
  })
}
