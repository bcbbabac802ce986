/**
 * Resource downloads at CKAN's address:
 * /dataset/{id}/resource/{resource_id}/download[/{filename}]. Uploaded files
 * stream from disk (never buffered) with range support; link resources
 * redirect to their url. Who may download is who may see the dataset.
 */
import { closeSync } from 'node:fs'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { failureOf, helpUrl } from '../../engine/envelope-of.ts'
import { openDownload } from '../../engine/files/open-download.ts'
import { parseRange, type ByteRange } from '../byte-range.ts'
import type { Door, RoutePlugin } from '../door.ts'
import { fileHeaders, sendFileBytes } from '../file-reply.ts'
import { sendResponse } from '../send.ts'

type Params = { id: string; resource_id: string; filename?: string }
type StoredFile = Extract<ReturnType<typeof openDownload>, { kind: 'file' }>

/** The download routes; the file name in the URL is decoration, as in CKAN (the stored name is served). */
export const downloadRoutes: RoutePlugin = (app, door) => {
  for (const suffix of ['', '/', '/:filename']) {
    app.route({
      method: ['GET', 'HEAD'],
      url: `/dataset/:id/resource/:resource_id/download${suffix}`,
      exposeHeadRoute: false,
      handler: (request, reply) => serveDownload(door, request, reply),
    })
  }
}

function serveDownload(door: Door, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { id, resource_id: resourceId } = request.params as Params
  let source: ReturnType<typeof openDownload>
  try {
    source = openDownload(door.engine, door.callerFor(request), id, resourceId)
  } catch (error) {
    return sendResponse(reply, failureOf(helpUrl(door.engine.config.siteUrl, 'resource_show'), error))
  }
  if (source.kind === 'link') return reply.header('cache-control', 'no-cache').redirect(source.url, 302)
  try {
    return sendStoredFile(request, reply, source)
  } catch (error) {
    closeSync(source.fd)
    throw error
  }
}

function sendStoredFile(request: FastifyRequest, reply: FastifyReply, file: StoredFile): FastifyReply {
  reply
    .header('content-type', safeMimetype(file.mimetype))
    // attachment, not CKAN's inline: an uploaded HTML file must never render in this origin.
    .header('content-disposition', `attachment; filename=${file.name}`)
    .header('cache-control', 'private, no-cache')
    .header('accept-ranges', 'bytes')
  const etag = fileHeaders(reply, file)
  const range = rangeFor(request, file, etag)
  if (range === 'unsatisfiable') {
    closeSync(file.fd)
    return reply.code(416).header('content-range', `bytes */${file.size}`).header('content-length', 0).send()
  }
  if (!range) return sendFileBytes(request, reply.code(200), file)
  reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${file.size}`)
  return sendFileBytes(request, reply, file, range.start, range.end)
}

/** The requested range, honoured only while If-Range (when sent) still names this file. */
function rangeFor(request: FastifyRequest, file: StoredFile, etag: string): ByteRange | 'unsatisfiable' | null {
  const ifRange = request.headers['if-range']
  if (ifRange !== undefined && ifRange !== etag && ifRange !== file.mtime.toUTCString()) return null
  return parseRange(request.headers.range, file.size)
}

/** The resource's mimetype verbatim (CKAN's 053), when it is one; else a neutral binary type. */
function safeMimetype(mimetype: string | null): string {
  if (mimetype && /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(\s*;[\x20-\x7e]*)?$/.test(mimetype)) return mimetype
  return 'application/octet-stream'
}
