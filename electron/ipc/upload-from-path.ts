/**
 * Desktop uploads: a file the user dropped, by its path on disk, through the
 * engine's file API (engine/files/resource-from-file.ts: copy with progress
 * and cancel, then resource_create or resource_patch), answered as CKAN's
 * envelope like every other IPC call.
 */
import type { FileUploadRequest } from '../../shared/bridge.ts'
import type { Envelope } from '../../shared/envelope.ts'
import type { Caller, Engine } from '../engine/engine.ts'
import { failureOf, helpUrl } from '../engine/envelope-of.ts'
import { createResourceFromFile, replaceResourceFile } from '../engine/files/resource-from-file.ts'
import { asEnvelope } from './engine-call.ts'

/** How to run one upload. */
export type UploadOptions = {
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
 * Uploads the file at `request.path` as a new resource of `request.packageId`,
 * or as the new file of `request.resourceId`. Resolves to the action's
 * envelope (failures included); rejects only with UploadCancelled.
 */
export async function uploadFromPath(engine: Engine, caller: Caller, request: FileUploadRequest, options: UploadOptions): Promise<Envelope<unknown>> {
  const action = request.resourceId ? 'resource_patch' : 'resource_create'
  const help = helpUrl(engine.config.siteUrl, action)
  const onProgress = (p: { bytesDone: number; bytesTotal: number }) => options.onProgress(p.bytesDone, p.bytesTotal)
  try {
    const result = request.resourceId
      ? await replaceResourceFile(engine, caller, { id: request.resourceId, path: request.path }, onProgress, options.signal)
      : await createResourceFromFile(engine, caller, { ...request.fields, package_id: request.packageId, path: request.path }, onProgress, options.signal)
    return { help, success: true, result }
  } catch (error) {
    if (options.signal?.aborted) throw new UploadCancelled()
    return asEnvelope(help, failureOf(help, error).body)
  }
}
