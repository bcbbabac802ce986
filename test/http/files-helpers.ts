/**
 * Shared parts of the FileStore's HTTP tests: a door with the download
 * routes, a dataset to upload into, multipart uploads over undici, and the
 * check that nothing is orphaned on disk.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { request } from 'undici'
import { isActiveUpload } from '../../electron/engine/files/release-files.ts'
import { startDoor, type Door } from './door.ts'

export { startDoor, type Door }

/** Hex sha256 of some bytes. */
export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** An organization and a dataset in it (private when asked); returns the dataset dict. */
export async function makeDataset(door: Door, name: string, options: { private?: boolean; org?: string } = {}) {
  const org = options.org ?? `org-${name}`
  const orgReply = await door.action('organization_create', { name: org })
  if (orgReply.status !== 200 && orgReply.json?.error?.name === undefined) throw new Error(orgReply.text)
  const reply = await door.action('package_create', { name, owner_org: org, private: options.private ?? false })
  if (reply.status !== 200) throw new Error(reply.text)
  return reply.json.result as { id: string; name: string }
}

/** A multipart/form-data body (text fields, then the file in `upload` or `file.field`) and its Content-Type. */
export function multipartBody(
  fields: Record<string, string>,
  file: { name: string; bytes: Buffer | string; type?: string; field?: string } | null,
): { body: Buffer; contentType: string } {
  const boundary = `----shelfmark${Math.random().toString(16).slice(2)}`
  const parts: Buffer[] = []
  for (const [key, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${value}\r\n`))
  }
  if (file) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'upload'}"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`
    parts.push(Buffer.from(head), Buffer.from(file.bytes), Buffer.from('\r\n'))
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

/** POSTs a multipart form to an action over undici; returns status and parsed JSON. */
export async function uploadFile(
  door: Door,
  action: string,
  fields: Record<string, string>,
  file: { name: string; bytes: Buffer | string; type?: string; field?: string } | null,
  token: string | null = door.adminToken,
) {
  const { body, contentType } = multipartBody(fields, file)
  const response = await request(`${door.url}/api/3/action/${action}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(token ? { authorization: token } : {}) },
    body,
  })
  return { status: response.statusCode, json: (await response.body.json()) as any }
}

/** GETs a path; returns status, headers and the raw body bytes. */
export async function download(door: Door, path: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') {
  const url = path.startsWith('http') ? path : `${door.url}${path}`
  const response = await request(url, { method, headers })
  const body = Buffer.from(await response.body.arrayBuffer())
  return { status: response.statusCode, headers: response.headers, body }
}

/**
 * What is wrong on disk: files left in files/tmp, and stored folders that
 * are not exactly one file of an active uploaded resource. Empty = clean.
 */
export function orphans(door: Door): string[] {
  const root = join(door.t.dataDir!, 'files')
  if (!existsSync(root)) return []
  const problems: string[] = []
  for (const entry of readdirSync(root)) {
    if (entry === 'tmp') {
      for (const temp of readdirSync(join(root, 'tmp'))) problems.push(`tmp/${temp}`)
      continue
    }
    if (!isActiveUpload(door.t.engine.db, entry)) problems.push(`${entry}/ (no active upload)`)
    else if (readdirSync(join(root, entry)).length !== 1) problems.push(`${entry}/ (${readdirSync(join(root, entry)).length} files)`)
  }
  return problems
}

/** Every path under the data directory (relative), to prove nothing landed outside files/<id>/. */
export function allPaths(door: Door): string[] {
  const out: string[] = []
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name
      out.push(rel)
      if (entry.isDirectory()) walk(join(dir, entry.name), rel)
    }
  }
  walk(door.t.dataDir!, '')
  return out.sort()
}
