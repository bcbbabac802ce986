/**
 * The IPC door's work, free of Electron so it runs under test: check the
 * sender, run the action as the desktop's owner, and answer with CKAN's
 * envelope as a value (a thrown error would cross IPC as a bare message).
 */
import type { Envelope } from '../../shared/envelope.ts'
import type { Caller, Engine } from '../engine/engine.ts'
import { envelopeOf, helpUrl } from '../engine/envelope-of.ts'
import { isTrustedSender } from '../security-policy.ts'

/** The frame an IPC message came from, as far as the door cares. */
export type SenderFrame = { url: string; parent: unknown } | null | undefined

/** Runs one call from a window; never throws. */
export function callFromWindow(engine: Engine, owner: () => Caller, frame: SenderFrame, name: unknown, params: unknown): Envelope<unknown> {
  const action = typeof name === 'string' ? name : ''
  const help = helpUrl(engine.config.siteUrl, action)
  if (!isTrustedSender(frame)) {
    return { help, success: false, error: { __type: 'Authorization Error', message: 'Access denied: not the app’s own window' } }
  }
  const response = envelopeOf(engine.config.siteUrl, action, () => engine.call(action, owner(), params ?? {}))
  return asEnvelope(help, response.body)
}

/** A door body as an envelope: CKAN's bare-string 400s become an Integrity Error (the 400 kind). */
export function asEnvelope(help: string, body: Envelope<unknown> | string): Envelope<unknown> {
  if (typeof body !== 'string') return body
  return { help, success: false, error: { __type: 'Integrity Error', message: body } }
}
