/**
 * The one place errors become CKAN envelopes and HTTP status codes
 * (CKAN's views/api.py). Doors call these; nothing else makes envelopes.
 */
import type { Envelope } from '../../shared/envelope.ts'
import { ActionError, BadRequest } from './errors.ts'

/** The outcome of one call at a door: an HTTP status and a JSON body (envelope or bare string). */
export type DoorResponse = { status: number; body: Envelope<unknown> | string }

/** JSON already serialised: sent as it is. */
export class JsonText {
  constructor(readonly text: string) {}
}

/**
 * A door response body as the JSON text to send, ASCII only.
 *
 * Mirrors CKAN's views/api.py, whose json.dumps keeps ensure_ascii: every
 * character past '~' is written as \uXXXX (astral ones as their UTF-16 pair),
 * so the bytes match CKAN's and a JSONP body never holds a raw U+2028.
 */
export function bodyJson(body: unknown): string {
  return asciiJson(body instanceof JsonText ? body.text : JSON.stringify(body))
}

const nonAscii = /[\u007f-\uffff]/g

/** JSON text with its non-ASCII characters escaped (JSON.stringify has already escaped those below ' '). */
function asciiJson(json: string): string {
  // Most bodies are ASCII already. Two native scans tell so for a 7 KB package_show in about
  // 2 µs; the regex replace took 6.5 µs to find nothing (and this runs on every response).
  if (Buffer.byteLength(json, 'utf8') === json.length && !json.includes('\x7f')) return json
  return json.replace(nonAscii, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** CKAN's help URL for an action: always the /api/3/ form. */
export function helpUrl(siteUrl: string, action: string): string {
  return `${siteUrl.replace(/\/$/, '')}/api/3/action/help_show?name=${encodeURIComponent(action)}`
}

/** Runs `work` and wraps its result or error the way CKAN answers. */
export function envelopeOf(siteUrl: string, action: string, work: () => unknown): DoorResponse {
  const help = helpUrl(siteUrl, action)
  try {
    return { status: 200, body: { help, success: true, result: work() ?? null } }
  } catch (error) {
    return failureOf(help, error)
  }
}

/** envelopeOf for work that answers with its result's JSON text (engine.callAsJson), given the action's help URL: the envelope is made as text. */
export function envelopeTextOf(help: string, work: () => string): { status: number; body: DoorResponse['body'] | JsonText } {
  try {
    // The same bytes JSON.stringify gives for { help, success: true, result }.
    return { status: 200, body: new JsonText(`{"help":${JSON.stringify(help)},"success":true,"result":${work()}}`) }
  } catch (error) {
    return failureOf(help, error)
  }
}

/** The response CKAN gives for an error thrown by an action (or by the door before it). */
export function failureOf(help: string, error: unknown): DoorResponse {
  if (error instanceof BadRequest) return { status: 400, body: error.message }
  if (error instanceof ActionError) {
    return { status: error.status, body: { help, error: error.body(), success: false } as Envelope<unknown> }
  }
  console.error('shelfmark: internal error:', error)
  return {
    status: 500,
    body: { help, error: { __type: 'Internal Server Error', message: 'Internal Server Error' }, success: false },
  }
}
