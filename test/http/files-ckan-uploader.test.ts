/**
 * CKAN 2.10's ckan/tests/lib/test_uploader.py (TestInitResourceUpload)
 * restated over Shelfmark's HTTP door: what a resource write does with the
 * `upload` a browser form sends when no file was chosen (an empty text field,
 * or a file part without a file name), and with an empty file.
 */
import { request } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { download, makeDataset, orphans, startDoor, uploadFile, type Door } from './files-helpers.ts'

let door: Door
beforeAll(async () => {
  door = await startDoor()
})
afterAll(() => door.close())

/** A multipart body whose `upload` is a file part with filename="" (what a browser sends for an empty file input). */
function formWithEmptyFileInput(fields: Record<string, string>): { body: string; boundary: string } {
  const boundary = 'shelfmarkEmptyFileInput'
  const parts = Object.entries(fields).map(
    ([key, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${value}\r\n`,
  )
  parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="upload"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n`)
  return { body: `${parts.join('')}--${boundary}--\r\n`, boundary }
}

async function postForm(action: string, fields: Record<string, string>) {
  const { body, boundary } = formWithEmptyFileInput(fields)
  const response = await request(`${door.url}/api/3/action/${action}`, {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: door.adminToken },
    body,
  })
  return { status: response.statusCode, json: (await response.body.json()) as any }
}

const browserForm = { format: 'CSV', url: 'https://example.com/data.csv', description: '', name: 'data.csv' }

describe("CKAN's ResourceUpload without a file (test_uploader.py)", () => {
  it('keeps the url and clears url_type for an empty upload field with clear_upload (test_resource_without_upload_with_old_werkzeug)', async () => {
    const dataset = await makeDataset(door, 'no-file-text')
    const reply = await uploadFile(door, 'resource_create', { ...browserForm, package_id: dataset.id, clear_upload: 'true', upload: '' }, null)
    expect(reply.status).toBe(200)
    expect(reply.json.result).toMatchObject({ url: 'https://example.com/data.csv', url_type: '', size: null })
    expect(reply.json.result).not.toHaveProperty('upload')
    expect(reply.json.result).not.toHaveProperty('clear_upload')
  })

  it('treats a file part without a file name as no upload, with clear_upload (test_resource_without_upload)', async () => {
    const dataset = await makeDataset(door, 'no-file-part')
    const reply = await postForm('resource_create', { ...browserForm, format: 'PNG', package_id: dataset.id, clear_upload: 'true' })
    expect(reply.status).toBe(200)
    expect(reply.json.result).toMatchObject({ url: 'https://example.com/data.csv', url_type: '', format: 'PNG', size: null, hash: '', last_modified: null })
    expect(door.tempUploads()).toEqual([])
    expect(orphans(door)).toEqual([])
  })

  it('treats a file part without a file name as no upload without clear_upload too, on create and update', async () => {
    const dataset = await makeDataset(door, 'no-file-part-plain')
    const created = await postForm('resource_create', { ...browserForm, package_id: dataset.id })
    expect(created.status).toBe(200)
    expect(created.json.result).toMatchObject({ url: 'https://example.com/data.csv', url_type: null })
    const uploaded = await uploadFile(door, 'resource_update', { id: created.json.result.id }, { name: 'real.csv', bytes: 'a,b\n' })
    expect(uploaded.json.result.url_type).toBe('upload')
    // Editing the resource in a form again without choosing a file keeps the uploaded file.
    const edited = await postForm('resource_patch', { id: created.json.result.id, description: 'edited' })
    expect(edited.status).toBe(200)
    expect(edited.json.result).toMatchObject({ url_type: 'upload', description: 'edited', size: 4 })
    expect(edited.json.result.url.endsWith('/download/real.csv')).toBe(true)
    expect((await download(door, edited.json.result.url)).body.toString()).toBe('a,b\n')
    expect(door.tempUploads()).toEqual([])
    expect(orphans(door)).toEqual([])
  })

  it('stores an empty file as an upload of size 0 under its name (test_resource_with_upload)', async () => {
    const dataset = await makeDataset(door, 'empty-file')
    const reply = await uploadFile(
      door,
      'resource_create',
      { ...browserForm, format: 'PNG', package_id: dataset.id, clear_upload: '' },
      { name: 'data.csv', bytes: '', type: 'CSV' },
    )
    expect(reply.status).toBe(200)
    expect(reply.json.result).toMatchObject({ url_type: 'upload', size: 0, format: 'PNG' })
    expect(reply.json.result.url).toBe(`${door.url}/dataset/${dataset.id}/resource/${reply.json.result.id}/download/data.csv`)
    const served = await download(door, reply.json.result.url)
    expect(served.status).toBe(200)
    expect(served.body.length).toBe(0)
  })
})

describe("CKAN's ResourceUpload with a file and clear_upload", () => {
  it('stores the file: a named file wins over clear_upload, on create and on update', async () => {
    const dataset = await makeDataset(door, 'file-and-clear')
    const created = await uploadFile(
      door,
      'resource_create',
      { package_id: dataset.id, clear_upload: 'true', url: 'https://example.com/x.csv' },
      { name: 'up.csv', bytes: 'abc' },
    )
    expect(created.status).toBe(200)
    expect(created.json.result).toMatchObject({ url_type: 'upload', size: 3 })
    expect(created.json.result.url).toBe(`${door.url}/dataset/${dataset.id}/resource/${created.json.result.id}/download/up.csv`)
    expect((await download(door, created.json.result.url)).body.toString()).toBe('abc')

    const link = (await door.action('resource_create', { package_id: dataset.id, url: 'https://example.com/y.csv' })).json.result
    const replaced = await uploadFile(door, 'resource_update', { id: link.id, clear_upload: 'true' }, { name: 'New File (2).CSV', bytes: 'abcd' })
    expect(replaced.status).toBe(200)
    expect(replaced.json.result).toMatchObject({ url_type: 'upload', size: 4 })
    expect(replaced.json.result.url.endsWith(`/resource/${link.id}/download/new-file-2.csv`)).toBe(true)
    expect((await download(door, replaced.json.result.url)).body.toString()).toBe('abcd')
    expect(orphans(door)).toEqual([])
  })
})

describe("an upload's download address names the file as CKAN's resource_dictize does", () => {
  it('munges the name a client gave with url_type "upload", in every show', async () => {
    const dataset = await makeDataset(door, 'client-upload-names')
    const cases = [
      ['My File (1).CSV', 'my-file-1.csv'],
      ['https://other.example.org/x/Données 2024.csv', 'donnees-2024.csv'],
      ['', '___'],
    ]
    for (const [url, name] of cases) {
      const created = await door.action('resource_create', { package_id: dataset.id, url, url_type: 'upload' })
      expect(created.status).toBe(200)
      const address = `${door.url}/dataset/${dataset.id}/resource/${created.json.result.id}/download/${name}`
      expect(created.json.result.url).toBe(address)
      expect((await door.action('resource_show', { id: created.json.result.id })).json.result.url).toBe(address)
      const shown = (await door.action('package_show', { id: dataset.id })).json.result
      expect(shown.resources.at(-1).url).toBe(address)
    }
  })
})
