/**
 * A renderer transport straight into a real engine (real SQLite), for store
 * tests: the same envelopes the IPC door returns, JSON round-tripped as over
 * the wire.
 */
import type { Transport } from '../../../renderer/lib/transport.ts'
import type { Caller, Engine } from '../../../electron/engine/engine.ts'
import { envelopeOf } from '../../../electron/engine/envelope-of.ts'
import { asEnvelope } from '../../../electron/ipc/engine-call.ts'

/** A transport calling `engine` as `caller`. */
export function engineTransport(engine: Engine, caller: Caller): Transport {
  return async (name, params) => {
    const response = envelopeOf(engine.config.siteUrl, name, () => engine.call(name, caller, JSON.parse(JSON.stringify(params ?? {}))))
    return { envelope: JSON.parse(JSON.stringify(asEnvelope('', response.body))), status: response.status }
  }
}
