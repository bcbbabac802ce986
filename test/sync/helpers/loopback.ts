/**
 * A tiny HTTP server on 127.0.0.1, port 0, recording every request: the
 * misbehaving remotes and redirect targets of the transport tests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Recorded = { method: string; url: string; headers: IncomingMessage['headers']; body: Buffer; at: number }

export type Loopback = {
  url: string
  requests: Recorded[]
  close(): Promise<void>
}

/** Starts a server whose `handler` sees each request after its body was read. */
export async function loopback(
  handler: (req: IncomingMessage, res: ServerResponse, recorded: Recorded, index: number) => void | Promise<void>,
): Promise<Loopback> {
  const requests: Recorded[] = []
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks), at: Date.now() }
    requests.push(recorded)
    await handler(req, res, recorded, requests.length - 1)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Writes a CKAN success envelope. */
export function ok(res: ServerResponse, result: unknown, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' })
  res.end(JSON.stringify({ help: 'h', success: status < 400, ...(status < 400 ? { result } : { error: result }) }))
}
