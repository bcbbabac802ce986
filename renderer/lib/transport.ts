/**
 * How the renderer reaches the engine: the desktop's IPC door when the
 * preload bridge is there, otherwise the HTTP door of `shelfmark serve`.
 *
 * Both answer with CKAN's envelope; a door's bare-string 400 (unknown action,
 * bad JSON) is turned into a failed envelope so callers see one shape.
 */
import type { ShelfmarkBridge } from '../../shared/bridge.ts'
import type { Envelope } from '../../shared/envelope.ts'

/** One call's answer: the envelope and, over HTTP, its status code. */
export type Answer = { envelope: Envelope<unknown>; status?: number }

/** Sends one action call and resolves to its envelope; rejects only when the door is unreachable. */
export type Transport = (name: string, params: unknown) => Promise<Answer>

let current: Transport | null = null

/** The preload bridge in the desktop app; undefined in a browser. */
export function desktopBridge(): ShelfmarkBridge | undefined {
  return (globalThis as { shelfmark?: ShelfmarkBridge }).shelfmark
}

/** True when running inside the desktop app (IPC door), false in web mode. */
export function isDesktop(): boolean {
  return desktopBridge() !== undefined
}

/** The transport in use (chosen on first use). */
export function transport(): Transport {
  current ??= desktopBridge() ? ipcTransport(desktopBridge()!) : httpTransport('')
  return current
}

/** Replaces the transport: tests point it at a real server or engine. */
export function setTransport(next: Transport | null): void {
  current = next
}

/** The IPC door: the main process answers with the envelope as a value. */
export function ipcTransport(bridge: ShelfmarkBridge): Transport {
  return async (name, params) => ({ envelope: await bridge.call(name, params) })
}

/**
 * The HTTP door at `baseUrl` ('' = the page's own origin). Sends JSON by POST
 * with the session cookie (web mode signs in with an HttpOnly cookie).
 */
export function httpTransport(baseUrl: string, headers: Record<string, string> = {}): Transport {
  return async (name, params) => {
    const response = await fetch(`${baseUrl}/api/3/action/${encodeURIComponent(name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(params ?? {}),
    })
    return { envelope: envelopeFromBody(name, await readJson(response)), status: response.status }
  }
}

/** A door's JSON body as an envelope: bare strings (CKAN's 400s) become failures. */
export function envelopeFromBody(name: string, body: unknown): Envelope<unknown> {
  if (body && typeof body === 'object' && 'success' in body) return body as Envelope<unknown>
  const message = typeof body === 'string' ? body : `Unexpected answer to ${name}`
  return { help: '', success: false, error: { __type: 'Internal Server Error', message } }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text()
  try {
    return JSON.parse(text)
  } catch {
    return `${response.status} ${response.statusText}`.trim()
  }
}
