/**
 * Serves the built renderer (web mode): the page at /, its assets under
 * /assets/. Every page response carries the strict CSP the desktop uses,
 * and may not be framed.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { extname, join, resolve, sep } from 'node:path'
import type { FastifyReply } from 'fastify'
import type { RoutePlugin } from '../door.ts'
import { ensureRendererBuilt, rendererDir } from './web-build.ts'

/** The Content-Security-Policy for the app's pages: no inline or eval'd script or style. */
export const appCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const types: Record<string, string> = {
  '.html': 'text/html;charset=utf-8',
  '.js': 'text/javascript;charset=utf-8',
  '.css': 'text/css;charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/** The renderer routes. */
export const webAppRoutes: RoutePlugin = (app) => {
  const sendIndex = async (_request: unknown, reply: FastifyReply) => {
    try {
      await ensureRendererBuilt()
    } catch (error) {
      return reply.code(503).header('content-type', 'text/plain;charset=utf-8').send(String((error as Error).message))
    }
    return sendFile(reply, join(rendererDir(), 'index.html'), 'no-cache')
  }
  app.get('/', sendIndex)
  app.get('/index.html', sendIndex)
  app.get('/assets/:file', (request, reply) => {
    const file = (request.params as { file: string }).file
    const root = resolve(rendererDir(), 'assets')
    const path = resolve(root, file)
    if (!/^[\w.-]+$/.test(file) || !path.startsWith(root + sep) || !existsSync(path)) {
      return reply.code(404).header('content-type', 'text/plain;charset=utf-8').send('Not found')
    }
    return sendFile(reply, path, 'public, max-age=31536000, immutable') // names carry a content hash
  })
}

function sendFile(reply: FastifyReply, path: string, cacheControl: string): FastifyReply {
  return reply
    .code(200)
    .header('content-type', types[extname(path)] ?? 'application/octet-stream')
    .header('content-length', statSync(path).size)
    .header('cache-control', cacheControl)
    .header('content-security-policy', appCsp)
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'DENY')
    .header('referrer-policy', 'no-referrer')
    .send(createReadStream(path))
}
