/**
 * The FileStore under hostile or broken input: path traversal in URLs and
 * file names, forged upload objects, oversize files, connections dropped
 * mid-upload, and concurrent uploads. Each ends with a clear error or a
 * correct result, and nothing is left orphaned on disk.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import net from 'node:net'
import { join } from 'node:path'
import { request } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allPaths, download, makeDataset, multipartBody, orphans, sha256, startDoor, uploadFile, type Door } from './files-helpers.ts'

let door: Door
let dataset: { id: string; name: string }
beforeAll(async () => {
  door = await startDoor({ maxResourceSizeMb: 1 })
  dataset = await makeDataset(door, 'target')
})
afterAll(() => door.close())

async function resourceCount(): Promise<number> {
  return (await door.action('package_show', { id: dataset.id })).json.result.resources.length
}

/** Waits until `check` passes or a second has gone by (the server finishes cleanup after the socket closes). */
async function eventually(check: () => void | Promise<void>): Promise<void> {
  const deadline = Date.now() + 2000
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }
}

describe('path traversal', () => {
  let resource: { id: string; url: string }
  beforeAll(async () => {
    resource = (await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name: 'real.csv', bytes: 'real' })).json.result
  })

  it('never serves anything but the stored file, whatever the URL says', async () => {
    const paths = [
      `/dataset/${dataset.id}/resource/..%2F..%2Fcatalog.sqlite/download`,
      `/dataset/${dataset.id}/resource/%2E%2E/download/catalog.sqlite`,
      `/dataset/${dataset.id}/resource/%2Fetc%2Fpasswd/download`,
      `/dataset/${dataset.id}/resource/${resource.id}%00/download`,
      `/dataset/..%2F..%2F/resource/${resource.id}/download`,
      `/dataset/${dataset.id}/resource/tmp/download`,
      `/dataset/${dataset.id}/resource/${resource.id}/download/..%2F..%2F..%2Fcatalog.sqlite/x`,
    ]
    for (const path of paths) {
      const reply = await download(door, path, { authorization: door.adminToken })
      expect(reply.status, path).toBe(404)
    }
  })

  it('ignores the file name in the URL: traversal there still serves the resource\'s own file', async () => {
    // (A ".." or "%2E%2E" segment never arrives: URL parsing in the client resolves it first.)
    for (const name of ['..%2F..%2Fcatalog.sqlite', '%2Fetc%2Fpasswd', 'x%00.csv', '..%5C..%5Cwin.ini']) {
      const reply = await download(door, `/dataset/${dataset.id}/resource/${resource.id}/download/${name}`)
      expect(reply.status).toBe(200)
      expect(reply.body.toString()).toBe('real')
      expect(reply.headers['content-disposition']).toBe('attachment; filename=real.csv')
    }
  })

  it('stores uploads with hostile names inside files/<id>/ under a munged name', async () => {
    // busboy already keeps only the base name ("/" and "\\" separate); munging does the rest.
    const names: [string, string][] = [
      ['../../../evil.csv', 'evil.csv'],
      ['/etc/passwd', 'passwd'],
      ['..', '___'],
      ['C:\\Windows\\win.ini', 'win.ini'],
      ['%2e%2e%2fescape.csv', '2e2e2fescape.csv'],
      ['nul.txt', '_nul.txt'],
    ]
    for (const [name, stored] of names) {
      const reply = await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name, bytes: name })
      expect(reply.status, name).toBe(200)
      const id = reply.json.result.id
      expect(reply.json.result.url.endsWith(`/download/${stored}`)).toBe(true)
      expect(readFileSync(join(door.t.dataDir!, 'files', id, stored), 'utf8')).toBe(name)
    }
    expect(allPaths(door).filter((path) => !/^((catalog|search-index)\.sqlite(-wal|-shm)?|files|files\/tmp|files\/[0-9a-f-]{36}(\/[a-z0-9_.-]+)?)$/.test(path))).toEqual([])
    expect(orphans(door)).toEqual([])
  })

  it('drops a NUL byte in a raw multipart file name', async () => {
    const boundary = 'nulbound'
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="package_id"\r\n\r\n${dataset.id}\r\n--${boundary}\r\nContent-Disposition: form-data; name="upload"; filename="a\u0000/../b.csv"\r\n\r\nnul\r\n--${boundary}--\r\n`
    const reply = await request(`${door.url}/api/3/action/resource_create`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: door.adminToken },
      body,
    })
    const json = (await reply.body.json()) as any
    expect(reply.statusCode).toBe(200)
    expect(json.result.url).toMatch(/\/download\/[a-z0-9_.-]+$/)
    expect(orphans(door)).toEqual([])
  })

  it('refuses a file sent in a field other than "upload" instead of storing its temporary path', async () => {
    const before = await resourceCount()
    const { body, contentType } = multipartBody({ package_id: dataset.id }, { name: 'side.csv', bytes: 'side' })
    const reply = await request(`${door.url}/api/3/action/resource_create`, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: door.adminToken },
      body: body.toString('latin1').replace('name="upload"', 'name="attachment"'),
    })
    const json = (await reply.body.json()) as any
    expect(reply.statusCode).toBe(409)
    expect(json.error).toEqual({ __type: 'Validation Error', attachment: ['Files can only be sent in the "upload" field'] })
    expect(await resourceCount()).toBe(before)
    expect(orphans(door)).toEqual([])
  })

  it('never stores a temporary path when a file is sent to an action that takes no files', async () => {
    const { body, contentType } = multipartBody({ name: 'with-stray-file', owner_org: (dataset as any).owner_org }, { name: 'x.csv', bytes: 'x' })
    const reply = await request(`${door.url}/api/3/action/package_create`, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: door.adminToken },
      body,
    })
    const json = (await reply.body.json()) as any
    expect(reply.statusCode).toBe(200)
    expect(json.result).not.toHaveProperty('upload')
    expect(JSON.stringify(json.result)).not.toContain('files/tmp')
    expect(orphans(door)).toEqual([])
  })

  it('refuses a JSON body whose upload names a file elsewhere on disk, and leaves that file alone', async () => {
    const secret = join(door.t.dataDir!, 'catalog.sqlite')
    const size = statSync(secret).size
    const before = await resourceCount()
    for (const tempPath of [secret, join(door.t.dataDir!, 'files', 'tmp', '..', '..', 'catalog.sqlite'), '/etc/hostname']) {
      const reply = await door.action('resource_create', {
        package_id: dataset.id,
        upload: { tempPath, filename: 'stolen.csv', size, sha256: '', contentType: '' },
      })
      expect(reply.status).toBe(409)
      expect(reply.json.error.__type).toBe('Validation Error')
      expect(reply.json.error.upload).toHaveLength(1)
    }
    expect(existsSync(secret)).toBe(true)
    expect(await resourceCount()).toBe(before)
  })
})

describe('oversize files', () => {
  it("answers CKAN's 409 and records nothing", async () => {
    const before = await resourceCount()
    const reply = await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name: 'big.bin', bytes: Buffer.alloc(1024 * 1024 + 1) })
    expect(reply.status).toBe(409)
    expect(reply.json.error).toEqual({ __type: 'Validation Error', upload: ['File upload too large'] })
    expect(await resourceCount()).toBe(before)
    expect(orphans(door)).toEqual([])
  })

  it('accepts a file of exactly the limit', async () => {
    const bytes = Buffer.alloc(1024 * 1024, 1)
    const reply = await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name: 'edge.bin', bytes })
    expect(reply.status).toBe(200)
    expect(reply.json.result).toMatchObject({ size: bytes.length, hash: sha256(bytes) })
  })

  it('cuts an oversize stream off early: the 409 comes long before the body would end', async () => {
    const { port } = new URL(door.url)
    const boundary = 'cutoff'
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="package_id"\r\n\r\n${dataset.id}\r\n--${boundary}\r\nContent-Disposition: form-data; name="upload"; filename="huge.bin"\r\n\r\n`
    const total = 1024 * 1024 * 1024 // announced, never all sent
    const socket = net.connect(Number(port), '127.0.0.1')
    socket.on('error', () => {}) // EPIPE once the server closes: expected
    socket.write(
      `POST /api/3/action/resource_create HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${door.adminToken}\r\n` +
        `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${head.length + total}\r\n\r\n${head}`,
    )
    let sent = 0
    let response = ''
    const chunk = Buffer.alloc(64 * 1024, 7)
    const answered = new Promise<void>((resolve) => {
      socket.on('data', (data) => {
        response += data.toString()
        resolve()
      })
      socket.on('close', () => resolve())
    })
    const pump = () => {
      while (sent < total && !socket.destroyed && response === '') {
        sent += chunk.length
        if (!socket.write(chunk)) return void socket.once('drain', pump)
      }
    }
    pump()
    await answered
    socket.destroy()
    expect(response).toMatch(/^HTTP\/1\.1 409/)
    expect(response).toContain('File upload too large')
    expect(sent).toBeLessThan(total / 4) // in practice a few MB: the limit, plus socket buffers
    await eventually(() => expect(orphans(door)).toEqual([]))
  })
})

describe('broken and concurrent uploads', () => {
  it('leaves no file and no resource when the connection drops mid-upload', async () => {
    const before = await resourceCount()
    const { body, contentType } = multipartBody({ package_id: dataset.id }, { name: 'half.csv', bytes: Buffer.alloc(600 * 1024, 9) })
    const { port } = new URL(door.url)
    const socket = net.connect(Number(port), '127.0.0.1')
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
    socket.write(
      `POST /api/3/action/resource_create HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${door.adminToken}\r\n` +
        `Content-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`,
    )
    socket.write(body.subarray(0, body.length / 2))
    await new Promise((resolve) => setTimeout(resolve, 100)) // the server is now writing the temporary file
    socket.destroy()
    await eventually(() => expect(orphans(door)).toEqual([]))
    expect(await resourceCount()).toBe(before)
    expect((await door.action('status_show')).status).toBe(200)
  })

  it('keeps both resources of two concurrent uploads to one dataset', async () => {
    const fresh = await makeDataset(door, 'concurrent')
    const files = [Buffer.alloc(700 * 1024, 1), Buffer.alloc(500 * 1024, 2)]
    const replies = await Promise.all(
      files.map((bytes, i) => uploadFile(door, 'resource_create', { package_id: fresh.id, name: `part ${i}` }, { name: `part-${i}.bin`, bytes })),
    )
    for (const reply of replies) expect(reply.status).toBe(200)
    const shown = (await door.action('package_show', { id: fresh.id })).json.result
    expect(shown.resources.map((resource: { name: string }) => resource.name).sort()).toEqual(['part 0', 'part 1'])
    for (const [i, reply] of replies.entries()) {
      expect(sha256((await download(door, reply.json.result.url)).body)).toBe(sha256(files[i]))
    }
    expect(orphans(door)).toEqual([])
  })

  it('gives each of two concurrent replacements of one file a clear outcome, ending with one consistent file', async () => {
    const created = (await uploadFile(door, 'resource_create', { package_id: dataset.id }, { name: 'race.csv', bytes: 'v0' })).json.result
    const replies = await Promise.all(
      ['first.csv', 'second.csv'].map((name) => uploadFile(door, 'resource_patch', { id: created.id }, { name, bytes: name })),
    )
    for (const reply of replies) expect(reply.status).toBe(200)
    const shown = (await door.action('resource_show', { id: created.id })).json.result
    const served = await download(door, shown.url)
    expect(sha256(served.body)).toBe(shown.hash)
    expect(shown.url.endsWith(`/download/${served.body.toString()}`)).toBe(true)
    expect(orphans(door)).toEqual([])
  })
})
