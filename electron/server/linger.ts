/**
 * Refusing a request before its body has arrived (too large, an oversize
 * upload): closing the socket at once makes the kernel reset the connection
 * while the client is still sending, and the client may never read the
 * refusal. Instead the rest of the body is read and thrown away for a
 * bounded time and size, so the client sees the answer and stops; past the
 * bounds the socket is closed.
 */
import type { IncomingMessage } from 'node:http'

/** How much of a refused body is read away before closing: enough for a client to notice the answer. */
export const lingerLimits = { bytes: 64 * 1024 * 1024, ms: 2000 }

/** Drains the rest of `request`'s body, closing the connection once the bounds are passed. */
export function drainThenClose(request: IncomingMessage, limits = lingerLimits): void {
  if (request.complete || request.destroyed) return
  let drained = 0
  const stop = () => {
    clearTimeout(timer)
    request.off('data', count)
    request.socket?.destroy()
  }
  const count = (chunk: Buffer) => {
    drained += chunk.length
    if (drained > limits.bytes) stop()
  }
  const timer = setTimeout(stop, limits.ms)
  timer.unref()
  request.on('data', count)
  request.once('end', () => {
    clearTimeout(timer)
    request.off('data', count)
  })
  request.once('close', () => clearTimeout(timer))
  request.resume()
}
