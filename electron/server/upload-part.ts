/**
 * A file part of a multipart request, streamed (never buffered) to a
 * temporary file in the data directory's files/tmp, hashed and counted on
 * the way. The action receives it as `params.upload`; the FileStore renames
 * it into place on commit, and the door deletes whatever is left after the
 * call, so a failed or refused upload leaves nothing behind.
 */
import { randomUUID } from 'node:crypto'
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { finished, pipeline } from 'node:stream/promises'
import { InlineHashedSink } from '../engine/files/inline-hashed-sink.ts'

/** What an action receives for an uploaded file. */
export type UploadPart = {
  /** Absolute path of the temporary file holding the bytes. */
  tempPath: string
  /** The file name the client sent (unsanitized; the FileStore munges it). */
  filename: string
  size: number
  /** Hex sha256 of the bytes. */
  sha256: string
  /** The part's Content-Type as the client sent it. */
  contentType: string
}

/** True when `value` is an UploadPart (as an action finds it in its params). */
export function isUploadPart(value: unknown): value is UploadPart {
  return typeof value === 'object' && value !== null && typeof (value as UploadPart).tempPath === 'string'
}

/** The file stream as busboy gives it: `truncated` once it passed the size limit. */
export type PartStream = Readable & { truncated?: boolean }

/**
 * Streams one file part into a new temporary file in `dir`. Resolves to the
 * part, or null when it passed the size limit; the temporary file is removed
 * on any failure.
 */
export async function saveUploadPart(
  stream: PartStream,
  dir: string,
  meta: { filename: string; contentType: string },
): Promise<UploadPart | null> {
  mkdirSync(dir, { recursive: true })
  const tempPath = join(dir, `${randomUUID()}.upload`)
  // Opened synchronously: the file surely exists before a failure removes it (a stream
  // still opening when the body breaks off would create it afterwards), and no await
  // comes between receiving the part and consuming it.
  const fd = openSync(tempPath, 'wx')
  const sink = new InlineHashedSink(fd)
  // Cut an oversize file off at the limit instead of reading (and discarding) the rest of it.
  stream.once('limit', () => sink.destroy(fileTooLarge()))
  try {
    await pipeline(stream, sink)
  } catch (error) {
    await finished(sink).catch(() => {})
    closeSync(fd)
    removeTempFile(tempPath)
    throw error
  }
  closeSync(fd)
  if (stream.truncated) {
    removeTempFile(tempPath)
    return null
  }
  const { size, sha256 } = sink.result()
  return { tempPath, filename: meta.filename, size, sha256, contentType: meta.contentType }
}

/** The error @fastify/multipart raises for a file past its size limit (multipart-input.ts maps it to CKAN's 409). */
function fileTooLarge(): Error {
  return Object.assign(new Error('File upload too large'), { code: 'FST_REQ_FILE_TOO_LARGE' })
}

/** Deletes the temporary files of these uploads if they are still there. */
export function discardUploads(uploads: Iterable<UploadPart>): void {
  for (const upload of uploads) removeTempFile(upload.tempPath)
}

function removeTempFile(path: string): void {
  try {
    rmSync(path, { force: true })
  } catch (error) {
    console.error('shelfmark: could not remove a temporary upload:', error)
  }
}
