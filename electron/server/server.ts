/**
 * The HTTP door: CKAN's URL layout on 127.0.0.1, over the action engine.
 * It only translates HTTP to and from engine.call; routes come from the
 * plugin list in routes/index.ts.
 */
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import multipart from '@fastify/multipart'
import type { Engine } from '../engine/engine.ts'
import { failureOf, helpUrl } from '../engine/envelope-of.ts'
import { NotAuthorized } from '../engine/errors.ts'
import { tokenFromHeaders } from './credentials.ts'
import type { Door, RoutePlugin } from './door.ts'
import { defaultLimits, type DoorLimits } from './limits.ts'
import { drainThenClose } from './linger.ts'
import { boundHostNames, isAllowedHost } from './loopback-host.ts'
import { RequestRejected } from './request-rejected.ts'
import { actionApiRoutes } from './routes/action-api.ts'
import { serverRoutes } from './routes/index.ts'
import { sessionCaller } from './routes/web-session.ts'
import { plainGetAnswerer } from './plain-get.ts'
import { sendResponse } from './send.ts'
import { resumeInterruptedJobs } from '../sync/jobs/resume.ts'

export type ServerOptions = {
  /** Host names accepted besides loopback ones (e.g. the LAN address the user chose to serve on). */
  allowedHosts?: string[]
  limits?: Partial<DoorLimits>
  /** Route plugins; default: every plugin in routes/index.ts. */
  routes?: RoutePlugin[]
}

export type StartOptions = ServerOptions & {
  engine: Engine
  /** Default 127.0.0.1: the door is for programs on this machine. */
  host?: string
  /** Default 5000 (CKAN's); 0 picks a free port. */
  port?: number
  /** The public base URL for help and download links; default: the URL listened on. */
  siteUrl?: string
}

/** A listening door. */
export type RunningServer = { app: FastifyInstance; url: string; close(): Promise<void> }

/** Builds the door (not yet listening) over `engine`. */
export function buildServer(engine: Engine, options: ServerOptions = {}): FastifyInstance {
  const limits: DoorLimits = { ...defaultLimits, ...options.limits }
  const extraHosts = new Set((options.allowedHosts ?? []).map((host) => host.toLowerCase()))
  const door: Door = {
    engine,
    limits,
    uploadDir: join(engine.dataDir ?? join(tmpdir(), 'shelfmark-uploads'), 'files', 'tmp'),
    callerFor: (request) => {
      const token = tokenFromHeaders(request.headers)
      // No API token: a web-mode browser's session cookie (routes/web-session.ts), else anonymous.
      return token ? engine.callerForToken(token) : (sessionCaller(engine, request) ?? engine.anonymous())
    },
  }
  const routePlugins = options.routes ?? serverRoutes
  const answerPlainGet = routePlugins.includes(actionApiRoutes) ? plainGetAnswerer(door, extraHosts) : null
  const app = Fastify({
    bodyLimit: limits.bodyBytes,
    routerOptions: { maxParamLength: 1000 }, // long unknown action names still reach "Action name not known"
    forceCloseConnections: true,
    logger: false,
    // Plain Action API GETs are answered before Fastify (plain-get.ts); every other request reaches it.
    serverFactory: (handler, settings) => {
      const server = createServer((request, response) => {
        if (!answerPlainGet?.(request, response)) handler(request, response)
      })
      // What Fastify sets on a server it makes itself (its defaults: keep-alive 72 s, no request timeout).
      const timeouts = settings as { keepAliveTimeout?: number; requestTimeout?: number; connectionTimeout?: number }
      server.keepAliveTimeout = timeouts.keepAliveTimeout ?? 72_000
      server.requestTimeout = timeouts.requestTimeout ?? 0
      server.setTimeout(timeouts.connectionTimeout ?? 0)
      return server
    },
  })
  // One raw parser for every body: the CKAN rules (request-data.ts) decide what it means.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body))
  app.register(multipart, { limits: { fieldNameSize: 1000, fields: 10_000, files: 20, parts: 10_100 } })

  app.addHook('onRequest', (request, reply, done) => {
    if (isAllowedHost(request.headers.host, extraHosts)) return done()
    const refusal = new NotAuthorized('this server only answers requests addressed to localhost or 127.0.0.1')
    sendResponse(reply, failureOf(helpFor(engine, request), refusal))
  })
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // Fastify asks to close a connection whose body it refused; reading the rest away (bounded) lets the client see why.
    reply.removeHeader('connection')
    drainThenClose(request.raw)
    return sendResponse(reply, failureOf(helpFor(engine, request), asRefusal(error, limits)))
  })
  app.setNotFoundHandler((_request: FastifyRequest, reply: FastifyReply) => sendResponse(reply, { status: 404, body: 'Not found' }))

  for (const routes of routePlugins) app.register(async (child) => routes(child, door))
  return app
}

/** Builds the door and listens; the engine's siteUrl becomes the URL listened on unless one was set. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  const port = options.port ?? 5000
  // --site-url, else the data directory's ckan.site_url, else the URL listened on.
  const siteUrl = options.siteUrl ?? options.engine.fileConfig.siteUrl
  const app = buildServer(options.engine, {
    ...options,
    // The host bound to and the site URL's host were chosen by the user: requests naming them are theirs.
    allowedHosts: [...(options.allowedHosts ?? []), ...boundHostNames(host), ...siteUrlHost(siteUrl)],
  })
  await app.listen({ host, port })
  const url = `http://${urlHost(host)}:${(app.server.address() as AddressInfo).port}`
  options.engine.config.siteUrl = siteUrl ?? url
  // Sync jobs a killed process left unfinished carry on in the background (both doors start here).
  resumeInterruptedJobs(options.engine)
  return { app, url, close: () => app.close() }
}

/** The site URL's host (with its brackets for IPv6), as a Host header names it; none when absent or unreadable. */
function siteUrlHost(siteUrl: string | undefined): string[] {
  if (!siteUrl) return []
  try {
    return [new URL(siteUrl).hostname.toLowerCase()]
  } catch {
    return []
  }
}

/** The host as it appears in a URL: a wildcard address reads as loopback, IPv6 in brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1'
  if (host === '::') return '[::1]'
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
}

/** The help URL for the action a request names, help_show's own otherwise. */
function helpFor(engine: Engine, request: FastifyRequest): string {
  const match = /\/action\/([^/?]+)/.exec(request.url)
  return helpUrl(engine.config.siteUrl, match ? safeDecode(match[1]) : 'help_show')
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Fastify's own 4xx errors (body too large, bad headers) as CKAN-style refusals; others stay 500s. */
function asRefusal(error: FastifyError, limits: DoorLimits): unknown {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new RequestRejected(413, `Request body too large: the limit is ${limits.bodyBytes} bytes`)
  }
  const status = error.statusCode
  if (typeof status === 'number' && status >= 400 && status < 500) return new RequestRejected(status, error.message)
  return error
}
