/**
 * What every stored file the door serves shares (resource downloads, uploaded
 * images): headers that keep it from being sniffed or run in this origin,
 * cache validators, and its bytes streamed from an open descriptor.
 */
import { closeSync, createReadStream } from 'node:fs'
import type { FastifyReply, FastifyRequest } from 'fastify'

/** An open file as served: its descriptor (closed or streamed away here), size and modification time. */
export type OpenFile = { fd: number; size: number; mtime: Date }

/** Sets nosniff, a sandboxing Content-Security-Policy, ETag and Last-Modified; returns the ETag. */
export function fileHeaders(reply: FastifyReply, file: OpenFile): string {
  const etag = `"${file.size.toString(16)}-${Math.floor(file.mtime.getTime()).toString(16)}"`
  reply
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('etag', etag)
    .header('last-modified', file.mtime.toUTCString())
  return etag
}

/** Sends bytes start..end of the file (its Content-Length set), or no body for HEAD or an empty file, closing it then. */
export function sendFileBytes(request: FastifyRequest, reply: FastifyReply, file: OpenFile, start = 0, end = file.size - 1): FastifyReply {
  reply.header('content-length', end - start + 1)
  if (request.method === 'HEAD' || file.size === 0) {
    closeSync(file.fd)
    return reply.send()
  }
  return reply.send(createReadStream('', { fd: file.fd, start, end, autoClose: true, highWaterMark: 1024 * 1024 }))
}
