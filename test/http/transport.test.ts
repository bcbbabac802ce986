import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jsonType, startDoor, type Door } from './door.ts'

let door: Door
beforeAll(async () => {
  door = await startDoor()
})
afterAll(() => door.close())

describe('endpoints', () => {
  it('answers /api and /api/1..3 with the version, bare /api being 1', async () => {
    for (const [path, version] of [['/api', 1], ['/api/', 1], ['/api/1', 1], ['/api/2', 2], ['/api/3', 3], ['/api/3/', 3]] as const) {
      const reply = await door.request(path)
      expect(reply.status, path).toBe(200)
      expect(reply.contentType).toBe(jsonType)
      expect(reply.json).toEqual({ version })
    }
  })

  it('serves actions under /api/3/action and /api/action alike, help always in the /api/3 form', async () => {
    for (const path of ['/api/3/action/status_show', '/api/action/status_show']) {
      const reply = await door.request(path)
      expect(reply.status).toBe(200)
      expect(reply.contentType).toBe(jsonType)
      expect(Object.keys(reply.json)).toEqual(['help', 'success', 'result'])
      expect(reply.json.help).toBe(`${door.url}/api/3/action/help_show?name=status_show`)
      expect(reply.json.result.site_url).toBe(door.url)
    }
  })

  it('gives 404 for other version segments', async () => {
    for (const path of ['/api/2/action/status_show', '/api/1/action/status_show', '/api/4/action/status_show']) {
      expect((await door.request(path)).status, path).toBe(404)
    }
  })

  it('gives 405 for methods other than GET and POST', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const reply = await door.request('/api/3/action/status_show', { method, body: '{}' })
      expect(reply.status, method).toBe(405)
    }
  })

  it('answers OPTIONS as Flask does (200, Allow, no body, no CORS headers), and 404 for an action path without a name', async () => {
    const options = await door.request('/api/3/action/status_show', { method: 'OPTIONS' })
    expect(options.status).toBe(200)
    expect(options.headers.allow).toBe('GET, HEAD, OPTIONS, POST')
    expect(options.text).toBe('')
    expect(Object.keys(options.headers).filter((name) => name.startsWith('access-control-'))).toEqual([])
    expect((await door.request('/api/3/action/')).status).toBe(404)
  })

  it('refuses an unknown action with a bare JSON string (087)', async () => {
    const reply = await door.request('/api/3/action/no_such_action')
    expect(reply.status).toBe(400)
    expect(reply.contentType).toBe(jsonType)
    expect(reply.json).toBe('Bad request - Action name not known: no_such_action')
  })
})

describe('GET and POST', () => {
  it('refuses GET on a write action (088)', async () => {
    const reply = await door.request('/api/3/action/organization_create?name=via-get')
    expect(reply.status).toBe(400)
    expect(reply.json).toBe('Bad request - JSON Error: Invalid request. Please use POST method for your request')
  })

  it('accepts POST on a read action', async () => {
    const reply = await door.request('/api/3/action/user_show', { body: { id: 'admin' } })
    expect(reply.status).toBe(200)
    expect(reply.json.result.name).toBe('admin')
  })

  it('reads query parameters of a read action, even on POST (werkzeug request.args before the body)', async () => {
    const reply = await door.request('/api/3/action/user_show?id=admin', { body: { id: 'nobody' } })
    expect(reply.status).toBe(200)
    expect(reply.json.result.name).toBe('admin')
  })

  it('treats an empty POST body as {}', async () => {
    const reply = await door.request('/api/3/action/status_show', { method: 'POST', body: '' })
    expect(reply.status).toBe(200)
  })
})

describe('request data', () => {
  it('reads form-encoded fields (084)', async () => {
    const reply = await door.request('/api/3/action/organization_create', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: door.adminToken },
      body: 'name=form-org&title=Made+with+a+form',
    })
    expect(reply.status).toBe(200)
    expect(reply.json.result.title).toBe('Made with a form')
  })

  it("parses a lone form field's name as JSON, as curl -d sends it (085)", async () => {
    const reply = await door.request('/api/3/action/organization_create', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: door.adminToken },
      body: JSON.stringify({ name: 'curl-style-org', title: 'Curl style' }),
    })
    expect(reply.status).toBe(200)
    expect(reply.json.result.name).toBe('curl-style-org')
  })

  it('reads JSON whatever the content type says', async () => {
    const reply = await door.request('/api/3/action/user_show', {
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ id: 'admin' }),
    })
    expect(reply.status).toBe(200)
  })

  it('refuses malformed JSON with a bare string (086)', async () => {
    const reply = await door.request('/api/3/action/organization_create', {
      headers: { 'content-type': 'application/json', authorization: door.adminToken },
      body: '{"name": "broken", ',
    })
    expect(reply.status).toBe(400)
    expect(reply.contentType).toBe(jsonType)
    expect(reply.json).toBe(
      "Bad request - JSON Error: Error decoding JSON data. Error: <BadRequest '400: Bad Request'> JSON data extracted from the request: {}",
    )
  })

  it('refuses JSON that is not an object, naming it as Python would', async () => {
    const cases: [string, string][] = [
      ['[1, "a", null]', "[1, 'a', None]"],
      ['"text"', "'text'"],
      ['true', 'True'],
      ['null', 'None'],
      ['12', '12'],
    ]
    for (const [body, repr] of cases) {
      const reply = await door.request('/api/3/action/status_show', { method: 'POST', body })
      expect(reply.status, body).toBe(400)
      expect(reply.json).toBe(`Bad request - JSON Error: Request data JSON decoded to ${repr} but it needs to be a dictionary.`)
    }
  })
})

describe('envelope key order', () => {
  it('puts help, error, success in that order, and __type after the field errors of a Validation Error (007)', async () => {
    const reply = await door.request('/api/3/action/user_create', {
      headers: { authorization: door.adminToken },
      body: { name: 'x', email: 'not-an-email', password: 'short' },
    })
    expect(reply.status).toBe(409)
    expect(Object.keys(reply.json)).toEqual(['help', 'error', 'success'])
    expect(Object.keys(reply.json.error)).toEqual(['email', 'name', 'password', '__type'])
  })

  it('keeps __type first in the other errors, as CKAN builds them', async () => {
    const reply = await door.request('/api/3/action/package_show?id=no-such-dataset')
    expect(reply.status).toBe(404)
    expect(Object.keys(reply.json.error)).toEqual(['__type', 'message'])
  })
})

describe('JSONP', () => {
  it('wraps a successful GET with callback as javascript (082)', async () => {
    const reply = await door.request('/api/3/action/status_show?callback=myCallback')
    expect(reply.status).toBe(200)
    expect(reply.contentType).toBe('application/javascript;charset=utf-8')
    expect(reply.text.startsWith('myCallback(')).toBe(true)
    expect(reply.text.endsWith(');')).toBe(true)
    const inner = JSON.parse(reply.text.slice('myCallback('.length, -2))
    expect(inner.help).toBe(`${door.url}/api/3/action/help_show?name=status_show`)
    expect(inner.success).toBe(true)
  })

  it('answers a HEAD with callback as JSON, as CKAN wraps only GETs', async () => {
    const reply = await door.request('/api/3/action/status_show?callback=myCallback', { method: 'HEAD' })
    expect(reply.status).toBe(200)
    expect(reply.contentType).toBe(jsonType)
  })

  it('HTML-escapes the callback name', async () => {
    const reply = await door.request(`/api/3/action/status_show?callback=${encodeURIComponent('<b>&"x\'')}`)
    expect(reply.text.startsWith('&lt;b&gt;&amp;&quot;x&#x27;(')).toBe(true)
  })

  it('does not wrap errors, and runs the call as anonymous (083)', async () => {
    const reply = await door.request('/api/3/action/user_show?callback=cb', { headers: { authorization: door.adminToken } })
    expect(reply.status).toBe(404) // user_show without id: the caller, and the caller is now anonymous
    expect(reply.contentType).toBe(jsonType)
    expect(reply.json.success).toBe(false)
  })
})

describe('credentials', () => {
  it('acts as the token in Authorization', async () => {
    const reply = await door.request('/api/3/action/user_show', { headers: { authorization: door.adminToken } })
    expect(reply.json.result.name).toBe('admin')
  })

  it('accepts X-CKAN-API-Key, which wins over Authorization (089, 090)', async () => {
    door.t.user('plain')
    const plainToken = door.t.call('api_token_create', door.t.sysadmin, { user: 'plain', name: 't' }).token
    const alone = await door.request('/api/3/action/user_show', { headers: { 'x-ckan-api-key': plainToken } })
    expect(alone.json.result.name).toBe('plain')
    const both = await door.request('/api/3/action/user_show', {
      headers: { 'x-ckan-api-key': plainToken, authorization: door.adminToken },
    })
    expect(both.json.result.name).toBe('plain')
  })

  it('runs a Bearer-prefixed or invalid token as anonymous, never 401 (091, 092)', async () => {
    for (const value of [`Bearer ${door.adminToken}`, 'this-is-not-a-valid-token']) {
      const reply = await door.action('organization_create', { name: 'never-made' }, value)
      expect(reply.status).toBe(403)
      expect(reply.json.error.__type).toBe('Authorization Error')
    }
  })
})
