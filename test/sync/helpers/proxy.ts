/**
 * A loopback proxy in front of a remote that misbehaves on request: refuses
 * actions as an older CKAN would, resets connections, answers 503 with
 * Retry-After, stalls, forwards a request with its parameters changed (a
 * portal's own limits, such as rows_max), or forwards a request and then
 * drops its answer or holds it forever (the remote did the work; the
 * client never hears of it).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { request } from 'undici'

export type Fault =
  | 'pass'
  | 'reset'
  | 'stall'
  | 'drop-response'
  | 'forward-stall'
  | { status: number; headers?: Record<string, string>; body?: unknown }
  /** Forwards the action with these JSON parameters instead of the client's. */
  | { forward: Record<string, unknown> }

export type Seen = { method: string; path: string; action: string | null; headers: IncomingMessage['headers']; body: Buffer }

export type FaultProxy = {
  url: string
  seen: Seen[]
  /** Replaces the fault rule. */
  rule: (seen: Seen, index: number) => Fault
  close(): Promise<void>
}

/** A bare-400 "action not known" answer, as CKAN gives for an action it lacks. */
export const unknownAction = (action: string): Fault => ({ status: 400, body: `Bad request - Action name not known: ${action}` })

/** The JSON parameters the client sent with an action ({} for none). */
export function paramsOf(seen: Seen): Record<string, any> {
  return seen.body.length ? JSON.parse(seen.body.toString('utf8')) : {}
}

/** Starts a proxy to `target` applying `rule` to each request. */
export async function faultProxy(target: string, rule: FaultProxy['rule'] = () => 'pass'): Promise<FaultProxy> {
  const proxy: FaultProxy = { url: '', seen: [], rule, close: async () => {} }
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const path = req.url ?? '/'
    const match = /\/api\/(?:3\/)?action\/([^/?]+)/.exec(path)
    const seen: Seen = { method: req.method ?? 'GET', path, action: match ? match[1] : null, headers: req.headers, body: Buffer.concat(chunks) }
    proxy.seen.push(seen)
    await apply(proxy.rule(seen, proxy.seen.length - 1), seen, target, req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  proxy.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return proxy
}

async function apply(fault: Fault, seen: Seen, target: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (fault === 'reset') return void req.socket.destroy()
  if (fault === 'stall') return
  if (typeof fault === 'object' && 'forward' in fault) return forward('pass', { ...seen, body: Buffer.from(JSON.stringify(fault.forward)) }, target, req, res)
  if (typeof fault === 'object') {
    res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers })
    return void res.end(fault.body === undefined ? '' : JSON.stringify(fault.body))
  }
  return forward(fault, seen, target, req, res)
}

async function forward(fault: 'pass' | 'drop-response' | 'forward-stall', seen: Seen, target: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers = { ...req.headers, host: new URL(target).host }
  delete headers.connection
  delete headers['transfer-encoding']
  delete headers['content-length'] // the body sent on may differ from the client's
  const answer = await request(`${target}${seen.path}`, { method: seen.method as 'GET', headers, body: seen.body.length ? seen.body : undefined })
  const body = Buffer.from(await answer.body.arrayBuffer())
  if (fault === 'drop-response') return void req.socket.destroy()
  if (fault === 'forward-stall') return // the remote did the work; the answer never comes
  const out: Record<string, string | string[]> = {}
  for (const [key, value] of Object.entries(answer.headers)) if (value !== undefined && key !== 'transfer-encoding' && key !== 'connection') out[key] = value
  res.writeHead(answer.statusCode, out)
  res.end(body)
}
