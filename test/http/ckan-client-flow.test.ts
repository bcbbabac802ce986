/**
 * What a real CKAN client does, against a real door: ckanapi's RemoteCKAN
 * wire format (test/helpers/ckanapi-client.ts), a `ckanapi action ... -r`
 * session, `ckanapi dump datasets --all` then `ckanapi load datasets` of the
 * edited dump (package_show → package_update, or package_create when
 * NotFound), an upload with `upload@file`, `ckanapi search datasets`
 * paging and `ckanapi delete`. Every reply's envelope is checked.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Engine } from '../../electron/engine/engine.ts'
import { addSysadmin } from '../../electron/engine/users/create-sysadmin.ts'
import { addToken } from '../../electron/engine/users/create-token.ts'
import { startServer, type RunningServer } from '../../electron/server/server.ts'
import { CkanapiError, ckanapiUserAgent, RemoteCkan, type WireReply } from '../helpers/ckanapi-client.ts'

let dataDir: string
let engine: Engine
let server: RunningServer
let ckan: RemoteCkan
let anonymous: RemoteCkan
let getOnly: RemoteCkan

const statusOf: Record<string, number> = {
  'Validation Error': 409,
  'Authorization Error': 403,
  'Not Found Error': 404,
  'Search Query Error': 400,
  'Search Error': 409,
  'Integrity Error': 400,
}

/** Every reply of every client so far: CKAN's envelope, status by error type, exact content type. */
function expectEnvelopes(...clients: RemoteCkan[]) {
  const replies: WireReply[] = clients.flatMap((client) => client.replies.splice(0))
  expect(replies.length).toBeGreaterThan(0)
  for (const reply of replies) {
    const where = `${reply.action}: ${reply.text.slice(0, 200)}`
    expect(reply.contentType, where).toBe('application/json;charset=utf-8')
    if (typeof reply.body === 'string') {
      expect(reply.status, where).toBe(400) // a bare-string refusal
      continue
    }
    expect(reply.body.help, where).toBe(`${server.url}/api/3/action/help_show?name=${reply.action}`)
    if (reply.body.success) {
      expect(reply.status, where).toBe(200)
      expect(Object.keys(reply.body), where).toEqual(['help', 'success', 'result'])
    } else {
      expect(Object.keys(reply.body), where).toEqual(['help', 'error', 'success'])
      // ckanapi splits error.message before looking at __type: anything but a string (or none) crashes it.
      if ('message' in reply.body.error) expect(typeof reply.body.error.message, where).toBe('string')
      expect(reply.status, where).toBe(statusOf[reply.body.error.__type])
    }
  }
}

/** The CkanapiError a call raises. */
async function raised(call: Promise<unknown>): Promise<CkanapiError> {
  try {
    await call
  } catch (error) {
    if (error instanceof CkanapiError) return error
    throw error
  }
  throw new Error('the call succeeded')
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'shelfmark-ckanapi-'))
  engine = Engine.open({ dataDir })
  addSysadmin(engine, { name: 'harvester', email: 'harvester@example.org' })
  const apikey = addToken(engine, 'harvester', 'ckanapi')
  server = await startServer({ engine, port: 0 })
  ckan = new RemoteCkan(server.url, apikey)
  anonymous = new RemoteCkan(server.url)
  getOnly = new RemoteCkan(server.url, apikey, true)
})

afterAll(async () => {
  await server?.close()
  engine?.close()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

const csv = 'station,level_cm\nKöln,312\nBonn,298\n'

describe('a ckanapi session against the door', () => {
  it('ckanapi action: status_show, organization_create and package_create -r with KEY=STRING and KEY:JSON', async () => {
    const status = await ckan.action.status_show()
    expect(status.ckan_version).toMatch(/^2\.10/)
    expect(status.site_url).toBe(server.url)

    const org = await ckan.action.organization_create({ name: 'rivers-agency', title: 'Rivers Agency' })
    expect(org).toMatchObject({ name: 'rivers-agency', is_organization: true, type: 'organization' })
    expect(org.users.map((u: { name: string; capacity: string }) => [u.name, u.capacity])).toEqual([['harvester', 'admin']])

    // ckanapi action package_create name=river-levels title="Pegelstände" tags:'[...]' ... (body ASCII-escaped)
    const dataset = await ckan.action.package_create({
      name: 'river-levels',
      title: 'Pegelstände am Rhein',
      owner_org: 'rivers-agency',
      license_id: 'cc-by',
      tags: [{ name: 'water' }, { name: 'hydrology' }],
      extras: [{ key: 'update_frequency', value: 'daily' }],
      resources: [{ name: 'Levels', url: 'http://example.org/levels.csv' }],
    })
    expect(dataset).toMatchObject({ name: 'river-levels', title: 'Pegelstände am Rhein', isopen: true, num_resources: 1, num_tags: 2 })
    expect(dataset.resources[0]).toMatchObject({ format: 'CSV', url: 'http://example.org/levels.csv', hash: '' })
    expect(dataset.organization.name).toBe('rivers-agency')

    await ckan.action.package_create({ name: 'river-gauges', owner_org: 'rivers-agency', notes: 'Gauge stations' })
    await ckan.action.package_create({ name: 'internal-notes', owner_org: 'rivers-agency', private: true })
    expectEnvelopes(ckan)
  })

  it('resource_create with upload@file: multipart fields and an untyped file part, then the download', async () => {
    const resource = await ckan.action.resource_create(
      { package_id: 'river-levels', name: 'Measured levels', description: null },
      { files: { upload: { name: 'measured levels.csv', bytes: csv } } },
    )
    expect(resource).toMatchObject({ url_type: 'upload', name: 'Measured levels', format: 'CSV', size: Buffer.byteLength(csv) })
    expect(resource.url).toBe(`${server.url}/dataset/${resource.package_id}/resource/${resource.id}/download/measured-levels.csv`) // munge_filename: space → -
    const download = await request(resource.url)
    expect(download.statusCode).toBe(200)
    expect(await download.body.text()).toBe(csv)
    expectEnvelopes(ckan)
  })

  it('errors raise what ckanapi raises: ValidationError with the field dict, NotAuthorized, NotFound, CKANAPIError', async () => {
    const invalid = await raised(ckan.action.package_create({ name: 'Bad Name!', owner_org: 'rivers-agency' }))
    expect(invalid.kind).toBe('ValidationError')
    expect(invalid.error).toEqual({
      __type: 'Validation Error',
      name: ['Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_'],
    })

    const denied = await raised(anonymous.action.package_create({ name: 'by-anonymous', owner_org: 'rivers-agency' }))
    expect(denied.kind).toBe('NotAuthorized')
    expect(denied.error.message).toBe('Access denied: User  not authorized to create packages')

    const missing = await raised(anonymous.action.package_show({ id: 'no-such-dataset' }))
    expect(missing.kind).toBe('NotFound')
    expect(missing.error).toBe('Not found')

    // An id that never existed is a bare NotFound; a deleted resource says more (058, below).
    const resourceMissing = await raised(anonymous.action.resource_show({ id: 'no-such-resource' }))
    expect(resourceMissing.error).toBe('Not found')

    const privateForAnonymous = await raised(anonymous.action.package_show({ id: 'internal-notes' }))
    expect(privateForAnonymous.kind).toBe('NotAuthorized')

    const unknown = await raised(ckan.action.no_such_action())
    expect(unknown.kind).toBe('CKANAPIError')
    expect(unknown.reply.body).toBe('Bad request - Action name not known: no_such_action')
    expectEnvelopes(ckan, anonymous)
  })

  let dump: any[] = []

  it('ckanapi dump datasets --all: package_list, then package_show with include_datasets/include_password_hash', async () => {
    const names = await ckan.action.package_list({ all_fields: false })
    expect(names).toEqual(['river-gauges', 'river-levels']) // public and active only, sorted
    dump = []
    for (const name of names) dump.push(await ckan.action.package_show({ id: name, include_datasets: false, include_password_hash: true }))
    expect(dump.map((d) => d.name)).toEqual(names)
    expect(dump[1].resources).toHaveLength(2)

    // The same dump with -g (get_only): GET with Python's True/False strings.
    const viaGet = []
    for (const name of await getOnly.action.package_list({ all_fields: false })) {
      viaGet.push(await getOnly.action.package_show({ id: name, include_datasets: false, include_password_hash: true }))
    }
    expect(viaGet).toEqual(dump)
    expectEnvelopes(ckan, getOnly)
  })

  it('ckanapi load datasets: the edited dump goes back through package_update; a new record through package_create', async () => {
    const edited = dump.map((record) => ({ ...record, notes: `${record.notes ?? ''} (checked)`.trim() }))
    const fresh = { name: 'river-temperatures', owner_org: 'rivers-agency', title: 'Water temperatures', resources: [{ url: 'http://example.org/t.json' }] }
    const outcomes: [string, string][] = []
    for (const obj of [...edited, fresh] as Record<string, any>[]) {
      let existing: any = null
      if (obj.id) existing = await ckan.action.package_show({ id: obj.id, include_datasets: false, include_password_hash: true }).catch(notFoundAsNull)
      if (!existing && obj.name) existing = await ckan.action.package_show({ id: obj.name }).catch(notFoundAsNull)
      if (existing) obj.id = existing.id
      const result = existing ? await ckan.action.package_update(obj) : await ckan.action.package_create(obj)
      outcomes.push([existing ? 'update' : 'create', result.name])
    }
    expect(outcomes).toEqual([
      ['update', 'river-gauges'],
      ['update', 'river-levels'],
      ['create', 'river-temperatures'],
    ])

    const levels = await anonymous.action.package_show({ id: 'river-levels' })
    expect(levels.notes).toBe('(checked)')
    expect(levels.title).toBe('Pegelstände am Rhein')
    expect(levels.resources.map((r: { id: string }) => r.id)).toEqual(dump[1].resources.map((r: { id: string }) => r.id))
    // The uploaded file survives a package_update that sent its full download URL back.
    const uploaded = levels.resources[1]
    expect(uploaded).toMatchObject({ url_type: 'upload', url: dump[1].resources[1].url })
    expect(await (await request(uploaded.url)).body.text()).toBe(csv)
    expect(levels.tags.map((t: { name: string }) => t.name).sort()).toEqual(['hydrology', 'water'])
    expect(levels.extras).toEqual([{ key: 'update_frequency', value: 'daily' }])
    expectEnvelopes(ckan, anonymous)
  })

  it('ckanapi load --upload-resources: each uploaded file fetched and sent again with resource_patch', async () => {
    for (const resource of dump[1].resources.filter((r: { url_type: string | null }) => r.url_type === 'upload')) {
      const bytes = Buffer.from(await (await request(resource.url)).body.arrayBuffer())
      const name = resource.url.split('/').pop()
      const patched = await ckan.action.resource_patch({ id: resource.id }, { files: { upload: { name, bytes: Buffer.concat([bytes, Buffer.from('Bonn,301\n')]) } } })
      expect(patched).toMatchObject({ id: resource.id, url_type: 'upload', name: 'Measured levels', size: bytes.length + 9 })
      expect(patched.url).toBe(resource.url)
      expect(await (await request(patched.url)).body.text()).toBe(`${csv}Bonn,301\n`)
    }
    expectEnvelopes(ckan)
  })

  it('ckanapi search datasets: package_search paged with rows and start', async () => {
    const found: string[] = []
    let count = -1
    for (let start = 0; count < 0 || start < count; start += 2) {
      const page = await anonymous.action.package_search({ q: '*:*', rows: 2, start, sort: 'name asc' })
      count = page.count
      found.push(...page.results.map((d: { name: string }) => d.name))
      if (page.results.length === 0) break
    }
    expect(count).toBe(3)
    expect(found).toEqual(['river-gauges', 'river-levels', 'river-temperatures'])
    const withPrivate = await ckan.action.package_search({ fq: 'organization:rivers-agency', include_private: true, rows: 10 })
    expect(withPrivate.count).toBe(4)
    expectEnvelopes(ckan, anonymous)
  })

  it('package_patch and package_revise as a script would; ckanapi delete datasets', async () => {
    const patched = await ckan.action.package_patch({ id: 'river-gauges', version: '2' })
    expect(patched).toMatchObject({ version: '2', notes: 'Gauge stations (checked)' })
    const revised = await ckan.action.package_revise({ match: { name: 'river-gauges', version: '2' }, update: { title: 'Gauges' } })
    expect(revised.package.title).toBe('Gauges')

    const temperatures = await ckan.action.package_show({ id: 'river-temperatures' })
    expect(await ckan.action.resource_delete({ id: temperatures.resources[0].id })).toBeNull()
    const deletedResource = await raised(anonymous.action.resource_show({ id: temperatures.resources[0].id }))
    expect([deletedResource.kind, deletedResource.error]).toEqual(['NotFound', 'Resource was not found.'])

    expect(await ckan.action.package_delete({ id: 'river-gauges' })).toBeNull()
    expect((await ckan.action.package_show({ id: 'river-gauges' })).state).toBe('deleted')
    expect(await anonymous.action.package_list()).toEqual(['river-levels', 'river-temperatures'])
    expectEnvelopes(ckan, anonymous)
  })
})

describe('what ckanapi makes of each answer the door can give', () => {
  it('each error __type raises the exception CKAN 2.10 would make ckanapi raise', async () => {
    // test_remote.py test_missing: organization_show of an unknown id is NotFound (CKAN's bare one).
    const missing = await raised(ckan.action.organization_show({ id: 'qqq' }))
    expect([missing.kind, missing.error, missing.reply.status]).toEqual(['NotFound', 'Not found', 404])

    // An unknown search parameter: Search Query Error (400), its message after the first ': '.
    const badParam = await raised(anonymous.action.package_search({ q: 'river', no_such_param: 'x' }))
    expect([badParam.kind, badParam.reply.status]).toEqual(['SearchQueryError', 400])
    expect(badParam.error).toBe(`"Invalid search parameters: ['no_such_param']"`)

    // Solr local parameters: Search Error (409).
    const localParams = await raised(anonymous.action.package_search({ q: '{!lucene}river' }))
    expect([localParams.kind, localParams.reply.status]).toEqual(['SearchError', 409])
    expect(localParams.error).toBe(`"Local parameters are not supported in param 'q'."`)

    // A ValidationError made from a sentence carries it as error.message, which ckanapi keeps in the dict.
    const sentence = await raised(ckan.action.user_list({ order_by: 'edits' }))
    expect(sentence.kind).toBe('ValidationError')
    expect(sentence.error).toEqual({ __type: 'Validation Error', message: 'order_by=edits is no longer supported' })

    // Integrity Error (CKAN's DataError) is no type ckanapi knows: CKANAPIError with the raw answer.
    const structural = await raised(ckan.action.package_create({ name: 'bad-shape', owner_org: 'rivers-agency', resources: { url: 'x' } }))
    expect([structural.kind, structural.reply.status, structural.reply.body.error.__type]).toEqual(['CKANAPIError', 400, 'Integrity Error'])

    // 'Bad request - ...' answers are bare JSON strings: CKANAPIError, never ServerIncompatibleError.
    const viaGet = await raised(getOnly.action.package_create({ name: 'by-get', owner_org: 'rivers-agency' }))
    expect([viaGet.kind, viaGet.reply.status, viaGet.reply.body]).toEqual([
      'CKANAPIError',
      400,
      'Bad request - JSON Error: Invalid request. Please use POST method for your request',
    ])
    const unknownViaGet = await raised(getOnly.action.no_such_action({ id: 'x' }))
    expect([unknownViaGet.kind, unknownViaGet.reply.body]).toEqual(['CKANAPIError', 'Bad request - Action name not known: no_such_action'])
    expectEnvelopes(ckan, anonymous, getOnly)
  })

  it('a key no user holds: the call runs as anonymous, as CKAN 2.10 does', async () => {
    const stranger = new RemoteCkan(server.url, 'not-a-real-token')
    expect(await stranger.action.package_list()).toEqual(['river-levels', 'river-temperatures'])
    const denied = await raised(stranger.action.package_create({ name: 'by-stranger', owner_org: 'rivers-agency' }))
    expect(denied.kind).toBe('NotAuthorized')
    expectEnvelopes(stranger)
  })

  it('get_only: Content-Type application/json with no body, None left out, True/False, a list as repeated keys', async () => {
    const page = await getOnly.action.package_search({ q: 'river', fq: null, include_private: true, rows: 10, sort: 'name asc' })
    expect(page.results.map((d: { name: string }) => d.name)).toEqual(['internal-notes', 'river-levels', 'river-temperatures'])
    const asPost = await ckan.action.package_search({ q: 'river', include_private: true, rows: 10, sort: 'name asc' })
    expect(page).toEqual(asPost)
    // A list goes as repeated keys, which CKAN's request data makes a list again.
    const tags = await getOnly.action.package_search({ 'facet.field': ['tags', 'organization'], rows: 0 })
    expect(Object.keys(tags.facets).sort()).toEqual(['organization', 'tags'])
    // No parameters at all: no '?' on the URL.
    expect(await getOnly.action.package_list()).toEqual(['river-levels', 'river-temperatures'])
    // Files with get_only are refused by ckanapi itself, before any request.
    const refused = await raised(getOnly.action.resource_create({ package_id: 'river-levels' }, { files: { upload: { name: 'a.csv', bytes: 'a' } } }))
    expect(refused.kind).toBe('CKANAPIError')
    expectEnvelopes(ckan, getOnly)
  })

  it('multipart: non-ASCII field values and file name, numbers and booleans as str(), None left out (test_resource_upload_unicode_param)', async () => {
    const resource = await ckan.action.resource_create(
      { package_id: 'river-levels', name: 't\u00eb\u00dft resource', description: null, position_note: 3, checked: true },
      { files: { upload: { name: 'Pegelst\u00e4nde.csv', bytes: csv } } },
    )
    expect(resource).toMatchObject({ name: 't\u00eb\u00dft resource', url_type: 'upload', size: Buffer.byteLength(csv), position_note: '3', checked: 'True' })
    // description=None was not sent at all: the same as a resource made without one.
    const plain = await ckan.action.resource_create({ package_id: 'river-levels', url: 'http://example.org/plain.csv' })
    expect(resource.description).toEqual(plain.description)
    expect(decodeURIComponent(resource.url.split('/').pop())).toMatch(/\.csv$/)
    expect(await (await request(resource.url)).body.text()).toBe(csv)
    expectEnvelopes(ckan)
  })

  it('status_show and a JSON body answer in the envelope ckanapi reads, not gzip-encoded despite Accept-Encoding', async () => {
    const raw = await request(`${server.url}/api/action/status_show`, {
      method: 'POST',
      headers: { 'accept-encoding': 'gzip, deflate', accept: '*/*', 'content-type': 'application/json', 'user-agent': ckanapiUserAgent },
      body: '{}',
    })
    expect(raw.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(await raw.body.text()).success).toBe(true)
  })

  it('the door\'s own refusals are JSON a ckanapi client reads as CKANAPIError, never a parse failure', async () => {
    // A path past the action name: no route, a bare JSON string (CKAN: an HTML 404, CKANAPIError too).
    const pastName = await raised(ckan.action['package_show/extra']({ id: 'river-levels' }))
    expect([pastName.kind, pastName.reply.status, pastName.reply.body]).toEqual(['CKANAPIError', 404, 'Not found'])

    // A body over the door's limit: 413 with an Integrity Error envelope.
    const small = await startServer({ engine, port: 0, limits: { bodyBytes: 2048 } })
    try {
      const limited = new RemoteCkan(small.url, ckan.apikey)
      const tooLarge = await raised(limited.action.package_create({ name: 'too-large', notes: 'x'.repeat(4096) }))
      expect([tooLarge.kind, tooLarge.reply.status, tooLarge.reply.body.error.__type]).toEqual(['CKANAPIError', 413, 'Integrity Error'])
      expect(tooLarge.reply.contentType).toBe('application/json;charset=utf-8')
      expect(await limited.action.package_list()).toEqual(['river-levels', 'river-temperatures'])
    } finally {
      await small.close()
      engine.config.siteUrl = server.url
    }
    ckan.replies.splice(0)
  })
})

function notFoundAsNull(error: unknown): null {
  if (error instanceof CkanapiError && error.kind === 'NotFound') return null
  throw error
}
