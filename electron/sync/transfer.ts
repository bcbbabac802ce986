/**
 * Files to and from a remote: streamed downloads (hashed and counted on the
 * way, cut off at a size budget) and streamed multipart uploads with
 * progress. Nothing is held whole in memory.
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { once } from 'node:events'
import { pipeline } from 'node:stream/promises'
import { Readable, Transform } from 'node:stream'
import { HttpClient, RemoteError, safeUrl, type Response } from './http.ts'

export type DownloadResult = { bytes: number; sha256: string; contentType: string | null }

/** A local file to upload under a file name. */
export type UploadFile = { path: string; name: string; size: number; contentType?: string }

/**
 * GETs `url` into `file` (through `file.part`, renamed when complete).
 * Redirects to other origins are followed without the token.
 */
export async function downloadFile(
  http: HttpClient,
  url: string,
  file: string,
  options: { maxBytes?: number; onProgress?: (bytes: number) => void },
): Promise<DownloadResult> {
  const what = `download ${safeUrl(new URL(url))}`
  return http.send({ method: 'GET', url, idempotent: true, followCrossOrigin: true, what }, async (response) => {
    if (response.status !== 200) {
      await response.body.dump()
      throw new RemoteError(`${what}: the remote answered ${response.status}`, 'http', response.status)
    }
    const declared = Number(response.headers['content-length'])
    if (options.maxBytes !== undefined && declared > options.maxBytes) {
      await response.body.dump()
      throw new RemoteError(`${what}: ${declared} bytes exceed the download budget`, 'budget')
    }
    return writeCounted(response, file, what, options)
  })
}

async function writeCounted(
  response: Response,
  file: string,
  what: string,
  options: { maxBytes?: number; onProgress?: (bytes: number) => void },
): Promise<DownloadResult> {
  mkdirSync(dirname(file), { recursive: true })
  const part = `${file}.part`
  const hash = createHash('sha256')
  let bytes = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length
      if (options.maxBytes !== undefined && bytes > options.maxBytes) {
        return done(new RemoteError(`${what}: the file exceeds the download budget`, 'budget'))
      }
      hash.update(chunk)
      options.onProgress?.(bytes)
      done(null, chunk)
    },
  })
  const out = createWriteStream(part)
  try {
    await pipeline(response.body, counter, out)
  } catch (error) {
    // pipeline rejects as soon as a stream fails; the file stream may still be opening its file,
    // which would then appear after the rmSync. Wait for it to close first.
    if (!out.closed) await once(out, 'close').catch(() => undefined)
    rmSync(part, { force: true })
    throw error
  }
  renameSync(part, file)
  const type = response.headers['content-type']
  return { bytes, sha256: hash.digest('hex'), contentType: typeof type === 'string' ? type : null }
}

/**
 * POSTs `fields` and `file` (as form field `upload`) as multipart/form-data,
 * streaming the file and reporting bytes sent. Safe to retry: each attempt
 * re-reads the file.
 */
export async function uploadMultipart<T>(
  http: HttpClient,
  url: string,
  what: string,
  fields: Record<string, string>,
  file: UploadFile,
  onProgress: ((bytes: number) => void) | undefined,
  consume: (response: Response) => Promise<T>,
): Promise<T> {
  const boundary = `----shelfmark${Math.random().toString(16).slice(2)}${Date.now().toString(16)}`
  const head = Buffer.from(
    Object.entries(fields)
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`)
      .join('') +
      `--${boundary}\r\nContent-Disposition: form-data; name="upload"; filename="${quote(file.name)}"\r\n` +
      `Content-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const body = async function* () {
    yield head
    let sent = 0
    for await (const chunk of createReadStream(file.path)) {
      sent += (chunk as Buffer).length
      onProgress?.(sent)
      yield chunk as Buffer
    }
    yield tail
  }
  return http.send(
    {
      method: 'POST',
      url,
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + file.size + tail.length),
        accept: 'application/json',
      },
      body: () => Readable.from(body()),
      idempotent: true,
      what,
    },
    consume,
  )
}

function quote(text: string): string {
  return text.replace(/["\r\n\\]/g, (c) => encodeURIComponent(c))
}
