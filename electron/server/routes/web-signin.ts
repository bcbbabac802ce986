/**
 * Web mode sign-in: GET /signin?code=… (the one-time link `serve` prints),
 * POST /signin/password (user name and password, JSON), POST /signout, and
 * GET /signin/session (who this browser is signed in as: cheap, unlike
 * user_show, which counts the user's datasets).
 * Each sets or clears the HttpOnly session cookie (web-session.ts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import { sql } from '../../engine/db/statements.ts'
import { hashPassword, needsRehash, verifyPassword } from '../../engine/users/password.ts'
import type { Door, RoutePlugin } from '../door.ts'
import {
  endSession,
  isSameOrigin,
  redeemSignInCode,
  sessionCaller,
  sessionCookieHeader,
  sessionIdOf,
  startSession,
} from './web-session.ts'

/** The sign-in routes. */
export const webSignInRoutes: RoutePlugin = (app, door) => {
  const { engine } = door

  app.get('/signin', (request, reply) => {
    const code = new URLSearchParams(request.url.split('?')[1] ?? '').get('code') ?? ''
    const userId = code ? redeemSignInCode(engine, code) : null
    if (!userId) return reply.code(303).header('location', '/#/signin').header('cache-control', 'no-store').send()
    return reply
      .code(303)
      .header('set-cookie', sessionCookieHeader(startSession(engine, userId)))
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer') // the used code stays out of Referer headers
      .header('location', '/')
      .send()
  })

  app.post('/signin/password', (request, reply) => {
    if (!isSameOrigin(request)) return refuse(reply, 403, 'Sign-in is only accepted from this server’s own page.')
    const { name, password } = credentialsOf(request)
    if (!name || !password) return refuse(reply, 400, 'User name and password are required.')
    const user = userSigningIn(engine, name)
    if (!user || user.state !== 'active' || !verifyPassword(password, user.password_hash)) return refuse(reply, 403, 'Wrong user name or password.')
    // An old or weak hash is replaced once the password is known, as CKAN does
    if (needsRehash(user.password_hash)) sql(engine.db, 'UPDATE users SET password_hash = ? WHERE id = ?').run(hashPassword(password), user.id)
    return reply
      .code(200)
      .header('set-cookie', sessionCookieHeader(startSession(engine, user.id)))
      .header('content-type', 'application/json;charset=utf-8')
      .send(JSON.stringify({ success: true }))
  })

  app.get('/signin/session', (request, reply) => {
    const reply401 = () => refuse(reply.header('cache-control', 'no-store'), 401, 'Not signed in.')
    let caller
    try {
      caller = sessionCaller(engine, request)
    } catch {
      return reply401() // a cookie from another origin is no session
    }
    const user = caller?.user
    if (!user) return reply401()
    const body = { success: true, user: { id: user.id, name: user.name, display_name: user.fullname || user.name, sysadmin: user.sysadmin === 1 } }
    return reply.code(200).header('cache-control', 'no-store').header('content-type', 'application/json;charset=utf-8').send(JSON.stringify(body))
  })

  app.post('/signout', (request, reply) => {
    if (!isSameOrigin(request)) return refuse(reply, 403, 'Sign-out is only accepted from this server’s own page.')
    const id = sessionIdOf(request)
    if (id) endSession(engine, id)
    return reply.code(200).header('set-cookie', sessionCookieHeader(null)).header('content-type', 'application/json;charset=utf-8').send('{"success":true}')
  })
}

type SigningIn = { id: string; state: string; password_hash: string | null }

/**
 * The account a login names, as CKAN 2.10's default_authenticate finds it: the
 * user of that name, else a user with that email (CKAN takes whichever its
 * database returns first; an active one is taken here). A name that belongs
 * to a deleted or pending user does not fall through to an email.
 */
function userSigningIn(engine: Door['engine'], login: string): SigningIn | undefined {
  const byName = sql(engine.db, 'SELECT id, state, password_hash FROM users WHERE name = ?').get(login) as SigningIn | undefined
  if (byName) return byName
  const byEmail = "SELECT id, state, password_hash FROM users WHERE email = ? ORDER BY state = 'active' DESC, created, id LIMIT 1"
  return sql(engine.db, byEmail).get(login) as SigningIn | undefined
}

function credentialsOf(request: FastifyRequest): { name: string; password: string } {
  try {
    const body = typeof request.body === 'string' ? JSON.parse(request.body) : request.body
    return { name: String(body?.name ?? '').trim(), password: String(body?.password ?? '') }
  } catch {
    return { name: '', password: '' }
  }
}

function refuse(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply.code(status).header('content-type', 'application/json;charset=utf-8').send(JSON.stringify({ success: false, message }))
}
