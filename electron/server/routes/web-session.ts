/**
 * Browser sessions for web mode. A signed-in browser holds a random session
 * id in an HttpOnly, SameSite=Strict cookie; the id maps (in memory, per
 * engine) to a user. Requests carrying the cookie are honoured only from the
 * server's own origin: another page, even on another localhost port (same
 * site, so SameSite does not stop it), is refused.
 */
import { randomBytes } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { UserCaller, Engine } from '../../engine/engine.ts'
import { NotAuthorized } from '../../engine/errors.ts'

/** The cookie's name. */
export const sessionCookie = 'shelfmark_session'

/** How long a session lasts (an absolute limit; signing in again is one click on the link). */
const sessionLifetimeMs = 12 * 60 * 60 * 1000
/** How long a printed sign-in link stays usable. */
const linkLifetimeMs = 24 * 60 * 60 * 1000

type Session = { userId: string; expires: number }
type Stores = { sessions: Map<string, Session>; codes: Map<string, Session> }

const stores = new WeakMap<Engine, Stores>()

function storesOf(engine: Engine): Stores {
  let found = stores.get(engine)
  if (!found) {
    found = { sessions: new Map(), codes: new Map() }
    stores.set(engine, found)
  }
  return found
}

/** A one-time code that signs a browser in as `userId` (the link `serve` prints). */
export function issueSignInCode(engine: Engine, userId: string): string {
  const code = randomBytes(24).toString('base64url')
  storesOf(engine).codes.set(code, { userId, expires: Date.now() + linkLifetimeMs })
  return code
}

/** The sign-in link for a code on a server at `baseUrl`. */
export function signInLink(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/$/, '')}/signin?code=${encodeURIComponent(code)}`
}

/** Uses up a sign-in code; the user id it was for, or null when unknown, used or expired. */
export function redeemSignInCode(engine: Engine, code: string): string | null {
  const codes = storesOf(engine).codes
  const entry = codes.get(code)
  codes.delete(code)
  return entry && entry.expires > Date.now() ? entry.userId : null
}

/** Starts a session for a user; returns its id (the cookie value). */
export function startSession(engine: Engine, userId: string): string {
  const id = randomBytes(32).toString('base64url')
  storesOf(engine).sessions.set(id, { userId, expires: Date.now() + sessionLifetimeMs })
  return id
}

/** Ends a session. */
export function endSession(engine: Engine, id: string): void {
  storesOf(engine).sessions.delete(id)
}

/** The Set-Cookie value for a session id (or for clearing it, with null). */
export function sessionCookieHeader(id: string | null): string {
  if (id === null) return `${sessionCookie}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`
  return `${sessionCookie}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${sessionLifetimeMs / 1000}`
}

/** The session id in a request's Cookie header, or null. */
export function sessionIdOf(request: FastifyRequest): string | null {
  const header = request.headers.cookie
  if (!header) return null
  for (const pair of header.split(';')) {
    const [name, ...rest] = pair.trim().split('=')
    if (name === sessionCookie) return rest.join('=') || null
  }
  return null
}

/**
 * True when a request comes from a page of this server itself: its Origin
 * (or, when a browser sent none, Sec-Fetch-Site) says so. Requests with
 * neither come from non-browser programs, which hold no cookie by accident.
 */
export function isSameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin
  if (typeof origin === 'string') return origin === `http://${request.headers.host}`
  const site = request.headers['sec-fetch-site']
  return site === undefined || site === 'same-origin' || site === 'none'
}

/**
 * The caller a request's session cookie stands for; null without a live
 * session. Throws NotAuthorized (403) when the cookie arrives from another origin.
 */
export function sessionCaller(engine: Engine, request: FastifyRequest): UserCaller | null {
  const id = sessionIdOf(request)
  if (!id) return null
  const session = storesOf(engine).sessions.get(id)
  if (!session || session.expires <= Date.now()) return null
  if (!isSameOrigin(request)) throw new NotAuthorized('requests from other sites may not use this browser session')
  try {
    return engine.asUser(session.userId)
  } catch {
    return null // the user was deleted since signing in
  }
}
