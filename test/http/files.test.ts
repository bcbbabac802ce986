/**
 * The FileStore over real HTTP: multipart uploads into resources, downloads
 * at CKAN's address (bytes, headers, ranges), replacement, deletion and
 * purge keeping disk and records in step, and dataset privacy on downloads.
 */
import { existsSync, readFileSync, readdirSync, readlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { randomBytes } from 'node:crypto'
import { request } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { download, makeDataset, orphans, sha256, startDoor, uploadFile, type Door } from './files-helpers.ts'

const fixtures = resolve(import.meta.dirname, '../../../shared/fixtures')
const hasFixtures = existsSync(join(fixtures, 'ckan-2.10-exchanges'))
if (!hasFixtures) console.warn(`skipped fixture comparisons: ${fixtures} is absent`)

const sample = 'id,name,value\n1,alpha,10\n2,beta,20\n3,gamma,30\n' // 052's file, 46 bytes

let door: Door
beforeAll(async () => {
  door = await startDoor({ maxResourceSizeMb: 5 })
})
afterAll(() => door.close())

function storedFiles(resourceId: string): string[] {
  const dir = join(door.t.dataDir!, 'files', resourceId)
  return existsSync(dir) ? readdirSync(dir) : []
}

describe('uploads over multipart HTTP', () => {
  it('creates an uploaded resource as CKAN 2.10 does (052) and serves it back (053)', async () => {
    const dataset = await makeDataset(door, 'sample')
    const reply = await uploadFile(
      door,
      'resource_create',
      { package_id: dataset.id, name: 'Uploaded CSV', description: 'Uploaded via multipart field "upload"' },
      { name: 'sample.csv', bytes: sample, type: 'text/csv' },
    )
    expect(reply.status).toBe(200)
    const resource = reply.json.result
    if (hasFixtures) {
      const recorded = JSON.parse(readFileSync(join(fixtures, 'ckan-2.10-exchanges/052-resource_create-multipart-upload.json'), 'utf8'))
      expect(Object.keys(resource).sort()).toEqual(Object.keys(recorded.response.body.result).sort())
    }
    expect(resource).toMatchObject({ format: 'CSV', mimetype: 'text/csv', size: 46, url_type: 'upload', position: 0, state: 'active' })
    expect(resource.url).toBe(`${door.url}/dataset/${dataset.id}/resource/${resource.id}/download/sample.csv`)
    expect(resource.hash).toBe(sha256(sample)) // CKAN leaves "": a documented difference
    expect(resource.last_modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/)

    const file = await download(door, resource.url)
    expect(file.status).toBe(200)
    expect(file.body.toString()).toBe(sample)
    expect(file.headers['content-type']).toBe('text/csv')
    expect(file.headers['content-length']).toBe('46')
    expect(file.headers['content-disposition']).toBe('attachment; filename=sample.csv')
    expect(file.headers['x-content-type-options']).toBe('nosniff')
    expect(orphans(door)).toEqual([])
  })

  it.skipIf(!hasFixtures)('accepts the recorded CKAN multipart bodies byte for byte', async () => {
    const dataset = await makeDataset(door, 'recorded')
    const cases = [
      { stem: 'resource_create.multipart-upload-csv.localhost-ckan2.10dev', file: 'data.csv', extra: { type: 'table', scheme: 'file' } },
      { stem: 'resource_create.multipart-upload.localhost-ckan2.10dev', file: 'package.json', extra: { type: 'json' } },
    ]
    for (const { stem, file, extra } of cases) {
      const exchange = JSON.parse(readFileSync(join(fixtures, `ckan/requests/${stem}.exchange.json`), 'utf8'))
      const recordedId = exchange.response.body.result.package_id as string
      const body = readFileSync(join(fixtures, `ckan/requests/${stem}.request-body.multipart.txt`), 'latin1').replace(recordedId, dataset.id)
      const reply = await request(`${door.url}/api/action/resource_create`, {
        method: 'POST',
        headers: { 'content-type': exchange.request.headers['Content-Type'], authorization: door.adminToken },
        body: Buffer.from(body, 'latin1'),
      })
      const json = (await reply.body.json()) as any
      expect(reply.statusCode).toBe(200)
      const recorded = exchange.response.body.result
      expect(json.result).toMatchObject({ ...extra, name: recorded.name, format: recorded.format, mimetype: recorded.mimetype, size: recorded.size })
      expect(json.result.url.endsWith(`/download/${file}`)).toBe(true)
      const part = body.slice(body.indexOf('\r\n\r\n', body.indexOf('name="upload"')) + 4, body.lastIndexOf('\r\n--'))
      const served = await download(door, json.result.url)
      expect(served.body.equals(Buffer.from(part, 'latin1'))).toBe(true)
      expect(json.result.hash).toBe(sha256(Buffer.from(part, 'latin1')))
    }
  })

  it('serves a binary file with the same bytes and sha256, and a neutral type when none is known', async () => {
    const dataset = await makeDataset(door, 'binary')
    const bytes = randomBytes(3 * 1024 * 1024 + 5)
    const reply = await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name: 'Survey Data.DAT~', bytes })
    expect(reply.status).toBe(200)
    expect(reply.json.result).toMatchObject({ url_type: 'upload', size: bytes.length, hash: sha256(bytes), mimetype: null })
    const served = await download(door, reply.json.result.url)
    expect(served.headers['content-type']).toBe('application/octet-stream')
    expect(sha256(served.body)).toBe(sha256(bytes))
    expect(served.body.equals(bytes)).toBe(true)
  })
})

describe('range requests', () => {
  let url: string
  const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251))
  beforeAll(async () => {
    const dataset = await makeDataset(door, 'ranges')
    url = (await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name: 'r.bin', bytes })).json.result.url
  })

  it('returns the requested slices with 206 and Content-Range', async () => {
    const cases: [string, number, number][] = [
      ['bytes=0-9', 0, 9],
      ['bytes=990-', 990, 999],
      ['bytes=-25', 975, 999],
      ['bytes=500-5000', 500, 999],
    ]
    for (const [range, start, end] of cases) {
      const part = await download(door, url, { range })
      expect(part.status).toBe(206)
      expect(part.headers['content-range']).toBe(`bytes ${start}-${end}/1000`)
      expect(part.headers['content-length']).toBe(String(end - start + 1))
      expect(part.body.equals(bytes.subarray(start, end + 1))).toBe(true)
    }
  })

  it('answers 416 with the size for a range past the end', async () => {
    const part = await download(door, url, { range: 'bytes=1000-' })
    expect(part.status).toBe(416)
    expect(part.headers['content-range']).toBe('bytes */1000')
    expect(part.body.length).toBe(0)
  })

  it('serves the whole file for ranges it does not honour (several, malformed, stale If-Range)', async () => {
    const full = await download(door, url)
    const ignored: Record<string, string>[] = [{ range: 'bytes=0-1,5-6' }, { range: 'bytes=9-2' }, { range: 'bytes=0-1', 'if-range': '"stale"' }]
    for (const headers of ignored) {
      const reply = await download(door, url, headers)
      expect(reply.status).toBe(200)
      expect(reply.body.equals(bytes)).toBe(true)
    }
    const fresh = await download(door, url, { range: 'bytes=0-1', 'if-range': String(full.headers.etag) })
    expect(fresh.status).toBe(206)
  })

  it.skipIf(process.platform !== 'linux')('closes the stored file when a client goes away mid-download', async () => {
    const dataset = await makeDataset(door, 'aborted')
    const bytes = randomBytes(4 * 1024 * 1024)
    const resource = (await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name: 'long.bin', bytes })).json.result
    const stored = join(door.t.dataDir!, 'files', resource.id, 'long.bin')
    const openOnStored = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`) === stored
        } catch {
          return false
        }
      }).length
    const response = await request(resource.url)
    for await (const _chunk of response.body) break // one chunk, then hang up
    const deadline = Date.now() + 2000
    while (openOnStored() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(openOnStored()).toBe(0)
  })

  it('answers HEAD with the headers only', async () => {
    const head = await download(door, url, {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers['content-length']).toBe('1000')
    expect(head.headers['accept-ranges']).toBe('bytes')
    expect(head.body.length).toBe(0)
  })
})

describe('files follow their records', () => {
  it('replaces the file on resource_patch with an upload, keeping other fields', async () => {
    const dataset = await makeDataset(door, 'replace')
    const created = (await uploadFile(door, 'resource_create', { package_id: dataset.id, name: 'Rivers' }, { name: 'old.csv', bytes: 'a\n1\n' })).json.result
    expect(storedFiles(created.id)).toEqual(['old.csv'])
    const patched = await uploadFile(door, 'resource_patch', { id: created.id }, { name: 'New Rivers.csv', bytes: 'a\n1\n2\n' })
    expect(patched.status).toBe(200)
    expect(patched.json.result).toMatchObject({ name: 'Rivers', size: 6, hash: sha256('a\n1\n2\n') })
    expect(patched.json.result.url.endsWith('/download/new-rivers.csv')).toBe(true)
    expect(storedFiles(created.id)).toEqual(['new-rivers.csv'])
    expect((await download(door, patched.json.result.url)).body.toString()).toBe('a\n1\n2\n')
    // The old URL's file name is decoration: it serves the current file.
    expect((await download(door, created.url)).body.toString()).toBe('a\n1\n2\n')
  })

  it('replaces the file on resource_update with an upload of the same name', async () => {
    const dataset = await makeDataset(door, 'update-same')
    const created = (await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name: 'x.csv', bytes: 'one' })).json.result
    const updated = await uploadFile(door, 'resource_update', { id: created.id, name: 'X' }, { name: 'x.csv', bytes: 'two!' })
    expect(updated.status).toBe(200)
    expect(storedFiles(created.id)).toEqual(['x.csv'])
    expect((await download(door, updated.json.result.url)).body.toString()).toBe('two!')
  })

  it('keeps the file through a show → update round trip, and removes it when the resource becomes a link', async () => {
    const dataset = await makeDataset(door, 'relink')
    const created = (await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name: 'keep.csv', bytes: 'k' })).json.result
    const roundTrip = await door.action('resource_update', { ...created, description: 'edited' })
    expect(roundTrip.status).toBe(200)
    expect(storedFiles(created.id)).toEqual(['keep.csv'])
    // As in CKAN, a new url alone leaves url_type as it was: still an upload, the file kept.
    const renamed = await door.action('resource_update', { id: created.id, url: 'https://example.org/data.csv' })
    expect(renamed.json.result).toMatchObject({ url_type: 'upload', url: `${door.url}/dataset/${dataset.id}/resource/${created.id}/download/data.csv` })
    expect(storedFiles(created.id)).toEqual(['keep.csv'])
    // Saying url_type "" makes it a link.
    const linked = await door.action('resource_update', { id: created.id, url: 'https://example.org/data.csv', url_type: '' })
    expect(linked.status).toBe(200)
    expect(existsSync(join(door.t.dataDir!, 'files', created.id))).toBe(false)
    const redirect = await download(door, `/dataset/${dataset.id}/resource/${created.id}/download`)
    expect(redirect.status).toBe(302)
    expect(redirect.headers.location).toBe('https://example.org/data.csv')
    expect(orphans(door)).toEqual([])
  })

  it('turns an upload back into a link with clear_upload, removing the file', async () => {
    const dataset = await makeDataset(door, 'cleared')
    const created = (await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name: 'c.csv', bytes: 'c' })).json.result
    const cleared = await door.action('resource_patch', { id: created.id, clear_upload: 'true', url: 'https://example.org/c.csv' })
    expect(cleared.status).toBe(200)
    expect(cleared.json.result).toMatchObject({ url: 'https://example.org/c.csv', url_type: '' })
    expect(existsSync(join(door.t.dataDir!, 'files', created.id))).toBe(false)
  })

  it('removes the file on resource_delete; the download is then 404', async () => {
    const dataset = await makeDataset(door, 'delete')
    const created = (await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name: 'gone.csv', bytes: 'g' })).json.result
    expect((await door.action('resource_delete', { id: created.id })).status).toBe(200)
    expect(existsSync(join(door.t.dataDir!, 'files', created.id))).toBe(false)
    expect((await download(door, created.url)).status).toBe(404)
  })

  it('removes the files of resources package_update drops', async () => {
    const dataset = await makeDataset(door, 'dropped')
    const a = (await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name: 'a.csv', bytes: 'a' })).json.result
    const b = (await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name: 'b.csv', bytes: 'b' })).json.result
    const shown = (await door.action('package_show', { id: dataset.id })).json.result
    const kept = shown.resources.filter((resource: { id: string }) => resource.id === b.id)
    expect((await door.action('package_update', { ...shown, resources: kept })).status).toBe(200)
    expect(storedFiles(a.id)).toEqual([])
    expect(storedFiles(b.id)).toEqual(['b.csv'])
    expect(orphans(door)).toEqual([])
  })

  it('removes every file of a purged dataset, and keeps them for a soft delete', async () => {
    const dataset = await makeDataset(door, 'purged')
    const ids: string[] = []
    for (const name of ['one.csv', 'two.json']) {
      ids.push((await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name, bytes: name })).json.result.id)
    }
    expect((await door.action('package_delete', { id: dataset.id })).status).toBe(200)
    for (const id of ids) expect(storedFiles(id)).toHaveLength(1)
    expect((await download(door, `/dataset/${dataset.id}/resource/${ids[0]}/download`, { authorization: door.adminToken })).status).toBe(200)
    expect((await door.action('dataset_purge', { id: dataset.id })).status).toBe(200)
    for (const id of ids) expect(existsSync(join(door.t.dataDir!, 'files', id))).toBe(false)
    expect(orphans(door)).toEqual([])
  })
})

describe('downloads follow dataset visibility', () => {
  let dataset: { id: string; name: string }
  let url: string
  let path: string
  let memberToken: string
  let outsiderToken: string
  beforeAll(async () => {
    dataset = await makeDataset(door, 'secret', { private: true, org: 'vault' })
    const resource = (await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name: 's.csv', bytes: 'secret' })).json.result
    url = resource.url
    path = `/dataset/${dataset.name}/resource/${resource.id}/download/s.csv`
    door.t.user('member')
    door.t.user('outsider')
    await door.action('organization_member_create', { id: 'vault', username: 'member', role: 'member' })
    memberToken = (await door.action('api_token_create', { user: 'member', name: 't' })).json.result.token
    outsiderToken = (await door.action('api_token_create', { user: 'outsider', name: 't' })).json.result.token
  })

  it('refuses anonymous callers and users outside the organization with 403', async () => {
    const refused: Record<string, string>[] = [{}, { authorization: outsiderToken }]
    for (const headers of refused) {
      const reply = await download(door, url, headers)
      expect(reply.status).toBe(403)
      expect(reply.body.toString()).not.toContain('secret"')
      expect(JSON.parse(reply.body.toString()).error.__type).toBe('Authorization Error')
    }
  })

  it('serves members of the organization and sysadmins, by dataset id or name', async () => {
    expect((await download(door, url, { authorization: memberToken })).body.toString()).toBe('secret')
    expect((await download(door, path, { authorization: door.adminToken })).body.toString()).toBe('secret')
  })

  it('answers 404 for unknown datasets and resources, and for a resource under another dataset', async () => {
    const other = await makeDataset(door, 'public-other')
    const resourceId = url.split('/resource/')[1].split('/')[0]
    const cases = [
      `/dataset/nope/resource/${resourceId}/download/s.csv`,
      `/dataset/${dataset.id}/resource/nope/download/s.csv`,
      `/dataset/${other.id}/resource/${resourceId}/download/s.csv`,
    ]
    for (const path of cases) expect((await download(door, path, { authorization: door.adminToken })).status).toBe(404)
  })
})
