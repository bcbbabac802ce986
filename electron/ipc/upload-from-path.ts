/**
 * Desktop uploads: a file the user dropped, read from its path on disk and
 * streamed into the data directory's files/tmp (hashed and counted, as the
 * HTTP door does for multipart), then handed to resource_create or
 * resource_patch as `upload`. Reports progress; an AbortSignal cancels.
 */
import { createReadStream, statSync } from 'node:fs'
import { basename } from 'node:path'
import mime from 'mime-types'
import type { FileUploadRequest } from '../../shared/bridge.ts'
import type { Envelope } from '../../shared/envelope.ts'
import type { Caller, Engine } from '../engine/engine.ts'
import { envelopeOf, helpUrl } from '../engine/envelope-of.ts'
import { discardUploads, saveUploadPart, type UploadPart } from '../server/upload-part.ts'
import { asEnvelope } from './engine-call.ts'

/** How to run one upload. */
export type UploadOptions = {
  uploadDir: string
  onProgress(loaded: number, total: number): void
  signal?: AbortSignal
}

/** Thrown when the signal cancelled the upload. */
export class UploadCancelled extends Error {
  constructor() {
    super('Upload cancelled')
    this.name = 'UploadCancelled'
  }
}

/**
 * Uploads the file at `request.path`. Resolves to the action's envelope
 * (failures included); rejects only with UploadCancelled.
 */
export async function uploadFromPath(engine: Engine, caller: Caller, request: FileUploadRequest, options: UploadOptions): Promise<Envelope<unknown>> {
  const action = request.resourceId ? 'resource_patch' : 'resource_create'
  const help = helpUrl(engine.config.siteUrl, action)
  let total: number
  try {
    const stat = statSync(request.path)
    if (!stat.isFile()) throw new Error('not a file')
    total = stat.size
  } catch {
    return { help, success: false, error: { __type: 'Validation Error', upload: ['The file could not be read'] } }
  }
  if (total > engine.config.maxResourceSizeMb * 1024 * 1024) {
    return { help, success: false, error: { __type: 'Validation Error', upload: ['File upload too large'] } } // CKAN's message
  }
  const part = await copyIn(request.path, total, options)
  try {
    const target = request.resourceId ? { id: request.resourceId } : { package_id: request.packageId }
    const params = { ...request.fields, ...target, upload: part }
    return asEnvelope(help, envelopeOf(engine.config.siteUrl, action, () => engine.call(action, caller, params)).body)
  } finally {
    discardUploads([part]) // the file store moved it on success; anything left is garbage
  }
}

async function copyIn(path: string, total: number, options: UploadOptions): Promise<UploadPart> {
  if (options.signal?.aborted) throw new UploadCancelled()
  const filename = basename(path)
  const source = createReadStream(path, { signal: options.signal })
  let loaded = 0
  source.on('data', (chunk) => {
    loaded += chunk.length
    options.onProgress(loaded, total)
  })
  try {
    const part = await saveUploadPart(source, options.uploadDir, { filename, contentType: mime.lookup(filename) || 'application/octet-stream' })
    if (!part) throw new Error('upload refused') // no size limit is set here, so this does not happen
    options.onProgress(total, total)
    return part
  } catch (error) {
    if (options.signal?.aborted) throw new UploadCancelled()
    throw error
  }
}
