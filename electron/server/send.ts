/**
 * Writes a door response as CKAN does (views/api.py _finish): JSON with
 * `application/json;charset=utf-8`, or JSONP for a successful GET with a
 * `callback` query parameter (082; errors are never wrapped, 083).
 */
import type { FastifyReply } from 'fastify'
import { bodyJson } from '../engine/envelope-of.ts'

/** CKAN's exact content types. */
export const jsonType = 'application/json;charset=utf-8'
export const javascriptType = 'application/javascript;charset=utf-8'

/** Sends a status and JSON body (a DoorResponse, usually); `callback` is the JSONP callback of a GET, if any. */
export function sendResponse(
  reply: FastifyReply,
  response: { status: number; body: unknown },
  callback?: string | null,
): FastifyReply {
  const json = bodyJson(response.body)
  reply.code(response.status).header('x-content-type-options', 'nosniff')
  if (callback != null && response.status === 200) {
    return reply.header('content-type', javascriptType).send(`${escapeHtml(callback)}(${json});`)
  }
  return reply.header('content-type', jsonType).send(json)
}

/** The JSONP callback of a GET request (first `callback` query parameter), or null; CKAN wraps GETs only, not HEADs. */
export function jsonpCallback(method: string, query: string): string | null {
  if (method !== 'GET') return null
  if (!query.includes('callback')) return null
  return new URLSearchParams(query).get('callback')
}

/** Python's html.escape, which CKAN applies to the callback name. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')
}

/** The query string of a request URL, without '?'. */
export function queryOf(url: string): string {
  const mark = url.indexOf('?')
  return mark === -1 ? '' : url.slice(mark + 1)
}
