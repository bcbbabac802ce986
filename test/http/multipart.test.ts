/**
 * multipart/form-data at the door: text fields follow the form rules, file
 * parts stream to files/tmp and reach the action as an UploadPart, and no
 * temporary file outlives its request.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { anyone, defineAction } from '../../electron/engine/define-action.ts'
import { registry } from '../../electron/engine/registry.ts'
import { isUploadPart } from '../../electron/server/upload-part.ts'
import { startDoor, type Door } from './door.ts'

// A probe action, registered in this test process only, reporting what an action receives.
registry.set(
  'test_upload_probe',
  defineAction('test_upload_probe', {
    acceptsFiles: true,
    auth: anyone,
    help: 'Reports the params it received, reading uploads from disk.',
    run(_ctx, data) {
      const upload = data.upload
      if (!isUploadPart(upload)) return { fields: data }
      const bytes = readFileSync(upload.tempPath)
      return {
        fields: { ...data, upload: undefined },
        upload,
        onDisk: { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
      }
    },
  }),
)

let door: Door
beforeAll(async () => {
  door = await startDoor({ maxResourceSizeMb: 1 })
})
afterAll(() => door.close())

async function postForm(form: FormData, action = 'test_upload_probe') {
  const response = await fetch(`${door.url}/api/3/action/${action}`, {
    method: 'POST',
    headers: { authorization: door.adminToken },
    body: form,
  })
  return { status: response.status, json: (await response.json()) as any }
}

describe('multipart uploads', () => {
  it('hands the action a streamed, hashed temporary file and removes it after the call', async () => {
    const bytes = Buffer.from('id,name\n1,river\n2,lake\n'.repeat(1000))
    const form = new FormData()
    form.append('package_id', 'rivers')
    form.append('name', 'Rivers CSV')
    form.append('upload', new Blob([bytes], { type: 'text/csv' }), 'rivers.csv')
    const reply = await postForm(form)
    expect(reply.status).toBe(200)
    const { fields, upload, onDisk } = reply.json.result
    expect(fields).toEqual({ package_id: 'rivers', name: 'Rivers CSV' })
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    expect(upload).toMatchObject({ filename: 'rivers.csv', size: bytes.length, sha256, contentType: 'text/csv' })
    expect(onDisk).toEqual({ size: bytes.length, sha256 })
    expect(upload.tempPath.startsWith(door.t.dataDir!)).toBe(true)
    expect(existsSync(upload.tempPath)).toBe(false)
    expect(door.tempUploads()).toEqual([])
  })

  it('makes repeated text fields lists, and keeps only the first file of a field', async () => {
    const form = new FormData()
    form.append('tag', 'a')
    form.append('tag', 'b')
    form.append('upload', new Blob(['first']), 'first.txt')
    form.append('upload', new Blob(['second']), 'second.txt')
    const reply = await postForm(form)
    expect(reply.json.result.fields.tag).toEqual(['a', 'b'])
    expect(reply.json.result.upload.filename).toBe('first.txt')
    expect(door.tempUploads()).toEqual([])
  })

  it('refuses a file over ckan.max_resource_size with CKAN\'s message, leaving nothing behind', async () => {
    const form = new FormData()
    form.append('package_id', 'rivers')
    form.append('name', 'too big')
    form.append('upload', new Blob([Buffer.alloc(1024 * 1024 + 1, 65)]), 'big.bin')
    const reply = await postForm(form)
    expect(reply.status).toBe(409)
    expect(reply.json.error).toEqual({ __type: 'Validation Error', upload: ['File upload too large'] })
    expect(door.tempUploads()).toEqual([])
  })

  it('removes the temporary file when the action fails', async () => {
    const form = new FormData()
    form.append('name', 'Not A Valid Name!')
    form.append('title', 'x')
    form.append('upload', new Blob(['data']), 'logo.png')
    const reply = await postForm(form, 'organization_create')
    expect(reply.status).toBe(409)
    expect(door.tempUploads()).toEqual([])
  })

  it('refuses a malformed multipart body with a 400 envelope', async () => {
    const reply = await door.request('/api/3/action/test_upload_probe', {
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="upload"; filename="a.txt"\r\n\r\nno closing boundary',
    })
    expect(reply.status).toBeGreaterThanOrEqual(400)
    expect(reply.status).toBeLessThan(500)
    expect(door.tempUploads()).toEqual([])
    expect((await door.request('/api/3/action/status_show')).status).toBe(200)
  })
})
