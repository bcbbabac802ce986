/**
 * Uploaded images over real HTTP, as CKAN 2.10's Upload stores them:
 * group and organization images, user pictures and the site logo sent as
 * multipart files, named "<UTC timestamp><file name>" munged, kept, replaced
 * and cleared as CKAN does, refused with CKAN's errors (leaving no row and
 * no file), and served back under /uploads/.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { download, startDoor, uploadFile, type Door } from './files-helpers.ts'

/** Real signatures followed by filler: enough for the type check, distinct bytes to compare. */
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR png body ')])
const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([1, 0, 1, 0, 0, 0, 0]), Buffer.from('gif body')])
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF jpeg body')])

/** CKAN's name: str(utcnow()) + file name through munge_filename_legacy ("2026-11-27-081500.123456logo.png"). */
const storedName = /^\d{4}-\d\d-\d\d-\d{6}(\.\d{6})?/

let door: Door
beforeAll(async () => {
  door = await startDoor({ maxImageSizeMb: 1 })
})
afterAll(() => door.close())

function imageFiles(folder: string): string[] {
  const dir = join(door.t.dataDir!, 'uploads', folder)
  return existsSync(dir) ? readdirSync(dir).sort() : []
}

describe('organization and group images', () => {
  it('stores an organization image_upload under CKAN\'s name and serves it byte for byte', async () => {
    const reply = await uploadFile(door, 'organization_create', { name: 'rivers-org', title: 'Rivers' }, {
      field: 'image_upload', name: 'River Logo.png', bytes: png, type: 'image/png',
    })
    expect(reply.status).toBe(200)
    const org = reply.json.result
    expect(org.image_url).toMatch(storedName)
    expect(org.image_url).toMatch(/^\d{4}-\d\d-\d\d-\d{6}(\.\d{6})?River-Logo\.png$/)
    expect(org.image_display_url).toBe(`${door.url}/uploads/group/${org.image_url}`)
    expect(imageFiles('group')).toEqual([org.image_url])
    const file = await download(door, `/uploads/group/${org.image_url}`)
    expect(file.status).toBe(200)
    expect(file.body.equals(png)).toBe(true)
    expect(file.headers['content-type']).toBe('image/png')
    expect(file.headers['x-content-type-options']).toBe('nosniff')
    expect(String(file.headers['content-security-policy'])).toContain('sandbox')
    const head = await download(door, `/uploads/group/${org.image_url}`, {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers['content-length']).toBe(String(png.length))
    expect(head.body.length).toBe(0)
  })

  it('stores a group image and keeps it through an update and a patch that send no file', async () => {
    const created = await uploadFile(door, 'group_create', { name: 'lakes' }, {
      field: 'image_upload', name: 'lake.gif', bytes: gif, type: 'image/gif',
    })
    expect(created.status).toBe(200)
    const image = created.json.result.image_url
    expect(image).toMatch(/lake\.gif$/)
    // CKAN's uploader puts the stored name back even when the update sends another image_url.
    const updated = await door.action('group_update', { id: 'lakes', title: 'Lakes', image_url: 'other.png' })
    expect(updated.json.result.image_url).toBe(image)
    const patched = await door.action('group_patch', { id: 'lakes', description: 'Still water' })
    expect(patched.json.result.image_url).toBe(image)
    expect((await download(door, `/uploads/group/${image}`)).body.equals(gif)).toBe(true)
  })

  it('replaces the stored file when a new one comes, and removes the old one', async () => {
    const created = await uploadFile(door, 'group_create', { name: 'seas' }, { field: 'image_upload', name: 'a.png', bytes: png, type: 'image/png' })
    const first = created.json.result.image_url
    const replaced = await uploadFile(door, 'group_patch', { id: 'seas' }, { field: 'image_upload', name: 'b.jpg', bytes: jpeg, type: 'image/jpeg' })
    expect(replaced.status).toBe(200)
    const second = replaced.json.result.image_url
    expect(second).toMatch(/b\.jpg$/)
    expect(imageFiles('group')).toContain(second)
    expect(imageFiles('group')).not.toContain(first)
    expect((await download(door, `/uploads/group/${first}`)).status).toBe(404)
  })

  it('gives the file the extension its content calls for, as CKAN 2.10.7 does', async () => {
    const reply = await uploadFile(door, 'group_create', { name: 'bays' }, { field: 'image_upload', name: 'photo.png', bytes: jpeg, type: 'image/png' })
    expect(reply.status).toBe(200)
    expect(reply.json.result.image_url).toMatch(/photo\.jpg$/)
  })

  it('clears an uploaded image with clear_upload, removing its file', async () => {
    const created = await uploadFile(door, 'organization_create', { name: 'ponds' }, { field: 'image_upload', name: 'p.png', bytes: png, type: 'image/png' })
    const image = created.json.result.image_url
    expect(imageFiles('group')).toContain(image)
    const cleared = await uploadFile(door, 'organization_patch', { id: 'ponds', clear_upload: 'true' }, null)
    expect(cleared.status).toBe(200)
    expect(cleared.json.result.image_url).toBe('')
    expect(cleared.json.result.image_display_url).toBe('')
    expect(imageFiles('group')).not.toContain(image)
  })

  it('refuses too large a file with CKAN\'s error, leaving no group and no file', async () => {
    const before = door.fingerprint()
    const files = imageFiles('group')
    const big = Buffer.concat([png, Buffer.alloc(1024 * 1024)])
    const reply = await uploadFile(door, 'group_create', { name: 'too-big' }, { field: 'image_upload', name: 'big.png', bytes: big, type: 'image/png' })
    expect(reply.status).toBe(409)
    expect(reply.json.error).toEqual({ __type: 'Validation Error', upload: ['File upload too large'] })
    expect(door.fingerprint()).toBe(before)
    expect(imageFiles('group')).toEqual(files)
    expect(door.tempUploads()).toEqual([])
  })

  it('refuses a file that is no PNG, GIF or JPEG with CKAN\'s error, leaving nothing', async () => {
    const before = door.fingerprint()
    const files = imageFiles('group')
    const asText = await uploadFile(door, 'organization_create', { name: 'texty' }, { field: 'image_upload', name: 'notes.txt', bytes: 'hello world', type: 'text/plain' })
    expect(asText.status).toBe(409)
    expect(asText.json.error).toEqual({ __type: 'Validation Error', image_upload: ['Unsupported upload type: text/plain'] })
    // Named and declared as a PNG, but its bytes say otherwise: CKAN reports what libmagic found.
    const disguised = await uploadFile(door, 'organization_create', { name: 'disguised' }, {
      field: 'image_upload', name: 'x.png', bytes: '<html><body>hi</body></html>', type: 'image/png',
    })
    expect(disguised.json.error).toEqual({ __type: 'Validation Error', image_upload: ['Unsupported upload type: text/html'] })
    const svg = await uploadFile(door, 'group_create', { name: 'vector' }, {
      field: 'image_upload', name: 'v.svg', bytes: '<svg xmlns="http://www.w3.org/2000/svg"></svg>', type: 'image/svg+xml',
    })
    expect(svg.json.error).toEqual({ __type: 'Validation Error', image_upload: ['Unsupported upload type: image/svg+xml'] })
    expect(door.fingerprint()).toBe(before)
    expect(imageFiles('group')).toEqual(files)
    expect(door.tempUploads()).toEqual([])
  })

  it('leaves no file when the group itself is refused, or the file came in another field', async () => {
    const before = door.fingerprint()
    const files = imageFiles('group')
    const reply = await uploadFile(door, 'group_create', { name: 'lakes' }, { field: 'image_upload', name: 'dup.png', bytes: png, type: 'image/png' })
    expect(reply.status).toBe(409)
    expect(reply.json.error.name).toEqual(['Group name already exists in database'])
    const elsewhere = await uploadFile(door, 'group_create', { name: 'elsewhere' }, { field: 'description', name: 'd.png', bytes: png, type: 'image/png' })
    expect(elsewhere.status).toBe(409)
    expect(elsewhere.json.error).toEqual({ __type: 'Validation Error', description: ['Files can only be sent in the "image_upload" field'] })
    expect(door.fingerprint()).toBe(before)
    expect(imageFiles('group')).toEqual(files)
    expect(door.tempUploads()).toEqual([])
  })
})

describe('user pictures', () => {
  it('stores a user image_upload under /uploads/user/ and serves it', async () => {
    const reply = await uploadFile(door, 'user_create', { name: 'ana', email: 'ana@example.org', password: 'correct horse' }, {
      field: 'image_upload', name: 'Ana.jpeg', bytes: jpeg, type: 'image/jpeg',
    })
    expect(reply.status).toBe(200)
    const user = reply.json.result
    expect(user.image_url).toMatch(/^\d{4}-\d\d-\d\d-\d{6}(\.\d{6})?Ana\.jpg$/)
    expect(user.image_display_url).toBe(`${door.url}/uploads/user/${user.image_url}`)
    const file = await download(door, `/uploads/user/${user.image_url}`)
    expect(file.status).toBe(200)
    expect(file.body.equals(jpeg)).toBe(true)
  })

  it('takes a new picture through user_patch', async () => {
    const reply = await uploadFile(door, 'user_patch', { id: 'ana' }, { field: 'image_upload', name: 'new.gif', bytes: gif, type: 'image/gif' })
    expect(reply.status).toBe(200)
    expect(reply.json.result.image_url).toMatch(/new\.gif$/)
    expect((await download(door, `/uploads/user/${reply.json.result.image_url}`)).body.equals(gif)).toBe(true)
  })

  it('refuses a picture of the wrong type before the schema, leaving no user', async () => {
    const before = door.fingerprint()
    const reply = await uploadFile(door, 'user_create', { name: 'bo' }, { field: 'image_upload', name: 'bo.pdf', bytes: '%PDF-1.4', type: 'application/pdf' })
    expect(reply.status).toBe(409)
    expect(reply.json.error).toEqual({ __type: 'Validation Error', image_upload: ['Unsupported upload type: application/pdf'] })
    expect(door.fingerprint()).toBe(before)
    expect(door.tempUploads()).toEqual([])
  })
})

describe('the site logo', () => {
  it('stores logo_upload under /uploads/admin/ and sets ckan.site_logo to its path', async () => {
    const reply = await uploadFile(door, 'config_option_update', { 'ckan.site_title': 'Rivers' }, {
      field: 'logo_upload', name: 'logo.png', bytes: png, type: 'image/png',
    })
    expect(reply.status).toBe(200)
    const name = reply.json.result['ckan.site_logo']
    // CKAN returns the validated dict (the bare name) and stores the static path.
    expect(name).toMatch(/^\d{4}-\d\d-\d\d-\d{6}(\.\d{6})?logo\.png$/)
    const shown = await door.action('config_option_show', { key: 'ckan.site_logo' })
    expect(shown.json.result).toBe(`/uploads/admin/${name}`)
    const file = await download(door, `/uploads/admin/${name}`)
    expect(file.status).toBe(200)
    expect(file.body.equals(png)).toBe(true)
    // Only sysadmins: anyone else's logo is refused and stored nowhere.
    const refused = await uploadFile(door, 'config_option_update', {}, { field: 'logo_upload', name: 'l.png', bytes: png, type: 'image/png' }, null)
    expect(refused.status).toBe(403)
    expect(imageFiles('admin')).toEqual([name])
    expect(door.tempUploads()).toEqual([])
  })
})

describe('GET /uploads/', () => {
  it('answers 404 for a missing file', async () => {
    const reply = await door.request('/uploads/group/2020-01-01-000000nothing.png')
    expect(reply.status).toBe(404)
    expect(reply.json.error).toEqual({ __type: 'Not Found Error', message: 'Not found' })
  })

  it('serves only files inside the image folders', async () => {
    writeFileSync(join(door.t.dataDir!, 'secret.png'), png)
    mkdirSync(join(door.t.dataDir!, 'uploads', 'group'), { recursive: true })
    writeFileSync(join(door.t.dataDir!, 'uploads', 'group', 'placed.png'), png)
    writeFileSync(join(door.t.dataDir!, 'uploads', 'secret.png'), png)
    expect((await door.request('/uploads/group/placed.png')).status).toBe(200)
    for (const path of [
      '/uploads/group/..%2f..%2fsecret.png',
      '/uploads/group/..%2fsecret.png',
      '/uploads/secret.png',
      '/uploads/group/../secret.png',
      '/uploads/group/%2e%2e',
      '/uploads/group/..%2f..%2fcatalog.sqlite',
      '/uploads/group/%2e%2e',
      '/uploads/..%2fcatalog.sqlite/x',
      '/uploads/files/tmp',
      '/uploads/group/../../catalog.sqlite',
      '/uploads/catalog.sqlite',
      '/uploads/tmp/x.png',
    ]) {
      const reply = await door.request(path)
      expect(reply.status, path).toBe(404)
      expect(reply.text, path).not.toContain('SQLite')
    }
  })
})
