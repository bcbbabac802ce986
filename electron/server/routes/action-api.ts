/**
 * CKAN's Action API: /api/3/action/NAME and /api/action/NAME, GET (side-
 * effect-free actions only) and POST with JSON, form or multipart data.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import { BadRequest } from '../../engine/errors.ts'
import { failureOf, helpUrl } from '../../engine/envelope-of.ts'
import type { ActionDefinition } from '../../engine/define-action.ts'
import { callWithData } from '../action-call.ts'
import type { Door, RoutePlugin } from '../door.ts'
import { drainThenClose } from '../linger.ts'
import { readMultipart } from '../multipart-input.ts'
import { RequestRejected } from '../request-rejected.ts'
import { requestData } from '../request-data.ts'
import { jsonpCallback, queryOf, sendResponse } from '../send.ts'
import { discardUploads, type UploadPart } from '../upload-part.ts'

/** The action routes; OPTIONS answers what Flask answers, other methods get its 405. */
export const actionApiRoutes: RoutePlugin = (app, door) => {
  for (const url of ['/api/action/:name', '/api/3/action/:name']) {
    app.route({ method: ['GET', 'POST'], url, handler: (request, reply) => handleAction(door, request, reply) })
    app.route({ method: 'OPTIONS', url, handler: allowedMethods })
    app.route({ method: ['PUT', 'DELETE', 'PATCH'], url, handler: methodNotAllowed })
  }
}

async function handleAction(door: Door, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const { engine } = door
  const name = (request.params as { name: string }).name
  // CKAN's rule needs a name: /api/3/action/ itself is no route there (404).
  if (name === '') return sendResponse(reply, { status: 404, body: 'Not found' })
  const help = helpUrl(engine.config.siteUrl, name)
  const action = engine.action(name)
  if (!action) return sendResponse(reply, failureOf(help, new BadRequest(`Action name not known: ${name}`)))
  const query = queryOf(request.url)
  let uploads: UploadPart[] = []
  try {
    const input = await readInput(door, request, query, action)
    uploads = [...input.uploads.values()]
    const response = callWithData(door, action, help, input.data, input.uploads, () => door.callerFor(request))
    return sendResponse(reply, response, jsonpCallback(request.method, query))
  } catch (error) {
    // Refused before the body was read to its end (an oversize file): read the rest away, bounded, then close.
    drainThenClose(request.raw)
    return sendResponse(reply, failureOf(help, error))
  } finally {
    discardUploads(uploads)
  }
}

/** The request's data dict by CKAN's rules, plus its uploads. */
async function readInput(door: Door, request: FastifyRequest, query: string, action: ActionDefinition) {
  const method = request.method
  const readOnly = action.readOnly === true
  if (request.isMultipart()) {
    if (method === 'GET' || method === 'HEAD') return { data: requestData({ method, readOnly, query, form: null, body: null }), uploads: new Map() }
    const { maxResourceSizeMb, maxImageSizeMb } = door.engine.config
    const maxFileBytes = (action.acceptsFiles === 'images' ? maxImageSizeMb : maxResourceSizeMb) * 1024 * 1024
    const multipart = await readMultipart(request, { limits: door.limits, uploadDir: door.uploadDir, maxFileBytes })
    try {
      return { data: requestData({ method, readOnly, query, form: multipart.fields, body: null }), uploads: multipart.uploads }
    } catch (error) {
      discardUploads(multipart.uploads.values())
      throw error
    }
  }
  const isGet = method === 'GET' || method === 'HEAD'
  const body = typeof request.body === 'string' ? request.body : isGet && readOnly ? await unparsedBody(request, door.limits.bodyBytes) : null
  const form = body !== null && isUrlencoded(request.headers['content-type']) ? [...new URLSearchParams(body)] : null
  return { data: requestData({ method, readOnly, query, form, body: form ? null : body }), uploads: new Map() }
}

/**
 * The body of a GET or HEAD, which Fastify leaves unread, or null when none
 * was sent. CKAN reads a side-effect-free action's data from it (Flask's
 * request.data) when the query string holds none.
 */
async function unparsedBody(request: FastifyRequest, maxBytes: number): Promise<string | null> {
  const raw = request.raw
  if (raw.headers['content-length'] === undefined && raw.headers['transfer-encoding'] === undefined) return null
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of raw as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) throw new RequestRejected(413, `Request body too large: the limit is ${maxBytes} bytes`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function isUrlencoded(contentType: string | undefined): boolean {
  return contentType !== undefined && contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')
}

/** Flask's automatic OPTIONS: 200, no body, the methods allowed (and no CORS headers: README). */
function allowedMethods(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.code(200).header('allow', 'GET, HEAD, OPTIONS, POST').send()
}

function methodNotAllowed(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply
    .code(405)
    .header('allow', 'GET, HEAD, POST')
    .header('content-type', 'application/json;charset=utf-8')
    .send(JSON.stringify('Method Not Allowed'))
}
