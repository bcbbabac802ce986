/**
 * The Action API's plain GETs, answered by node:http before Fastify sees
 * them. Fastify's own work per request (its request and reply objects,
 * route lookup, hooks, the reply pipeline) is about 10 µs, a tenth of a
 * package_show over a keep-alive connection; clients that poll or page
 * through a catalog with GETs pay it on every call.
 *
 * Only requests with nothing to interpret take this path: GET of
 * /api/3/action/NAME or /api/action/NAME naming a side-effect-free action,
 * from an allowed host, with no body (a Content-Type without one is fine),
 * no cookie (a web session) and no JSONP callback. Anything else goes on to Fastify, whose routes answer
 * every request, these included, the same way (test/http/plain-get.test.ts
 * compares the two byte for byte).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { bodyJson, failureOf } from '../engine/envelope-of.ts'
import { callWithData } from './action-call.ts'
import { tokenFromHeaders } from './credentials.ts'
import type { Door } from './door.ts'
import { helpUrls } from './help-urls.ts'
import { isAllowedHost } from './loopback-host.ts'
import { requestData } from './request-data.ts'
import type { UploadPart } from './upload-part.ts'
import { jsonType, queryOf } from './send.ts'

/** Action names as CKAN spells them; a percent-encoded or odd path goes the long way. */
const actionPath = /^\/api\/(?:3\/)?action\/([a-z0-9_]+)$/

/** Answers a request when it is a plain Action API GET and returns true; false leaves it untouched for Fastify. */
export type PlainGetAnswerer = (request: IncomingMessage, response: ServerResponse) => boolean

/** The plain GET path of one door. */
export function plainGetAnswerer(door: Door, extraHosts: ReadonlySet<string>): PlainGetAnswerer {
  const helpFor = helpUrls(door.engine.config)
  return (request, response) => {
    if (request.method !== 'GET') return false
    const { headers } = request
    // No body. A Content-Type alone says nothing (ckanapi's get_only GETs send `application/json` with none).
    if (headers['content-length'] !== undefined || headers['transfer-encoding'] !== undefined) return false
    if (headers.cookie !== undefined) return false
    const url = request.url ?? ''
    const mark = url.indexOf('?')
    const query = queryOf(url)
    if (query.includes('callback')) return false
    const match = actionPath.exec(mark === -1 ? url : url.slice(0, mark))
    if (!match) return false
    const action = door.engine.action(match[1])
    if (!action?.readOnly || !isAllowedHost(headers.host, extraHosts)) return false

    const help = helpFor(action.name)
    let answer
    try {
      const data = requestData({ method: 'GET', readOnly: true, query, form: null, body: null })
      answer = callWithData(door, action, help, data, noUploads, () => door.engine.callerForToken(tokenFromHeaders(headers)))
    } catch (error) {
      answer = failureOf(help, error)
    }
    // What send.ts's sendResponse makes Fastify write: the same status, headers and bytes.
    // bodyJson's text is ASCII only, so its length is its byte count and latin1 writes it as it is.
    const json = bodyJson(answer.body)
    response.writeHead(answer.status, [
      'x-content-type-options', 'nosniff',
      'content-type', jsonType,
      'content-length', String(json.length),
    ])
    response.end(json, 'latin1')
    return true
  }
}

/** A plain GET carries no files. */
const noUploads: ReadonlyMap<string, UploadPart> = new Map()
