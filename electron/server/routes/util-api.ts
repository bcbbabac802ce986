/**
 * CKAN's Util API (views/api.py): the autocomplete GETs CKAN's own pages call,
 * under /api/util/… and /api/1|2/util/…. Each reads a few query arguments,
 * calls one *_autocomplete action as the request's caller and answers its
 * bare result (some inside a ResultSet), not an envelope. Where CKAN answers
 * an action's error with an HTML page, we answer the Action API's envelope.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import { failureOf, helpUrl } from '../../engine/envelope-of.ts'
import type { Door, RoutePlugin } from '../door.ts'
import { checkDataShape } from '../limits.ts'
import { jsonpCallback, queryOf, sendResponse } from '../send.ts'

type UtilRoute = {
  path: string
  action: string
  /** The query argument holding the text typed so far. */
  textArg: 'incomplete' | 'q'
  defaultLimit: number
  /** Data besides q and limit, from the query arguments. */
  extra?: (args: URLSearchParams) => Record<string, unknown>
  /** The response body made from the action's result. */
  answer: (found: unknown[]) => unknown
}

/** Mirrors CKAN's util_rules and their view functions (defaults, argument names, result shapes). */
const utilRoutes: UtilRoute[] = [
  { path: '/util/dataset/autocomplete', action: 'package_autocomplete', textArg: 'incomplete', defaultLimit: 10, answer: resultSet },
  {
    path: '/util/tag/autocomplete',
    action: 'tag_autocomplete',
    textArg: 'incomplete',
    defaultLimit: 10,
    extra: (args) => (args.get('vocabulary_id') ? { vocabulary_id: args.get('vocabulary_id') } : {}),
    answer: (tags) => resultSet(tags.map((tag) => ({ Name: tag }))),
  },
  {
    path: '/util/resource/format_autocomplete',
    action: 'format_autocomplete',
    textArg: 'incomplete',
    defaultLimit: 5,
    answer: (formats) => resultSet(formats.map((format) => ({ Format: format }))),
  },
  {
    path: '/util/user/autocomplete',
    action: 'user_autocomplete',
    textArg: 'q',
    defaultLimit: 20,
    extra: (args) => ({ ignore_self: args.get('ignore_self') ?? false }), // the raw text, as CKAN passes it
    answer: (users) => users,
  },
  { path: '/util/group/autocomplete', action: 'group_autocomplete', textArg: 'q', defaultLimit: 20, answer: (groups) => groups },
  { path: '/util/organization/autocomplete', action: 'organization_autocomplete', textArg: 'q', defaultLimit: 20, answer: (orgs) => orgs },
]

/** The autocomplete routes, bare and under the REST API versions 1 and 2 (GET, and Fastify's HEAD). */
export const utilApiRoutes: RoutePlugin = (app, door) => {
  for (const route of utilRoutes) {
    for (const prefix of ['/api', '/api/1', '/api/2']) {
      app.get(`${prefix}${route.path}`, (request, reply) => answerUtil(door, route, request, reply))
    }
  }
}

function answerUtil(door: Door, route: UtilRoute, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const query = queryOf(request.url)
  const args = new URLSearchParams(query) // get() is the first value, as werkzeug's args.get
  const text = args.get(route.textArg) ?? ''
  try {
    // Mirrors CKAN: without text the action is not called at all.
    const data = { q: text, limit: limitOf(args, route), ...route.extra?.(args) }
    const found = text === '' ? [] : callAction(door, route, request, data)
    return sendResponse(reply, { status: 200, body: route.answer(found) }, jsonpCallback(request.method, query))
  } catch (error) {
    return sendResponse(reply, failureOf(helpUrl(door.engine.config.siteUrl, route.action), error))
  }
}

/** The action's result, run as the Action API runs it: the door's data limits, then engine.call. */
function callAction(door: Door, route: UtilRoute, request: FastifyRequest, data: Record<string, unknown>): unknown[] {
  checkDataShape(data, door.limits) // a NUL in the query gets the Action API's 400, as there
  return door.engine.call(route.action, door.callerFor(request), data) as unknown[]
}

/** The limit argument as sent (a blank one, CKAN's None, the action takes as not given), or the route's default. */
function limitOf(args: URLSearchParams, route: UtilRoute): string | number {
  return args.get('limit') ?? route.defaultLimit
}

/** CKAN's wrapping of the dataset, tag and format suggestions. */
function resultSet(result: unknown[]): { ResultSet: { Result: unknown[] } } {
  return { ResultSet: { Result: result } }
}
