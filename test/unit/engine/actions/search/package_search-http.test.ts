/**
 * package_search through the HTTP door, as CKAN clients call it: GET query
 * strings with JSON lists or repeated parameters, POST bodies, CKAN's status
 * codes for search errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../../../../electron/server/server.ts'
import { searchCatalog } from './search-catalog.ts'

const catalog = searchCatalog()
let server: RunningServer
beforeAll(async () => {
  server = await startServer({ engine: catalog.t.engine, port: 0 })
})
afterAll(async () => {
  await server?.close()
  catalog.t.close()
})

async function get(query: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}/api/3/action/package_search?${query}`)
  return { status: response.status, body: await response.json() }
}

describe('package_search over HTTP', () => {
  it('reads q, fq, sort, rows and a JSON facet.field from a GET', async () => {
    const { status, body } = await get(
      `q=${encodeURIComponent('res_format:CSV')}&fq=${encodeURIComponent('organization:transport-dept')}&sort=name+asc&rows=1&facet.field=${encodeURIComponent('["tags"]')}`,
    )
    expect(status).toBe(200)
    expect(body.result.count).toBe(2)
    expect(body.result.results.map((r: any) => r.name)).toEqual(['bus-stops'])
    expect(body.result.facets.tags).toEqual({ transport: 2, bus: 1, 'open data': 1, traffic: 1 })
  })
  it('takes repeated facet.field parameters as a list', async () => {
    const { body } = await get('facet.field=tags&facet.field=res_format&rows=0')
    expect(Object.keys(body.result.search_facets)).toEqual(['tags', 'res_format'])
  })
  it('answers search errors with CKAN’s statuses', async () => {
    const bad = await get(`q=${encodeURIComponent('title:"abc')}`)
    expect(bad.status).toBe(409)
    expect(bad.body.error.__type).toBe('Search Error')
    const unknown = await get('q=bus&foo=bar')
    expect(unknown.status).toBe(400)
    expect(unknown.body.error).toEqual({ __type: 'Search Query Error', message: `Search Query is invalid: "Invalid search parameters: ['foo']"` })
    const sort = await get('sort=name+sideways')
    expect(sort.status).toBe(400)
  })
  it('accepts a POSTed JSON body', async () => {
    const response = await fetch(`${server.url}/api/3/action/package_search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: 'tags:health', fq_list: ['license_id:cc-by'] }),
    })
    const body = (await response.json()) as any
    expect(body.result.results.map((r: any) => r.name).sort()).toEqual(['flood-risk', 'hospital-beds'])
  })
})
