/**
 * The engine's API for the desktop: create or replace a resource from a
 * file on the user's disk (what a drag-and-drop onto the app calls). The
 * copy runs outside any transaction with progress and cancellation; then one
 * engine.call records it, exactly as a multipart upload over HTTP would be.
 */
import { statSync } from 'node:fs'
import { basename, extname } from 'node:path'
import type { Caller, Engine } from '../engine.ts'
import { invalid } from '../errors.ts'
import { removeTempFile } from './file-moves.ts'
import { storedFileName } from './munge-filename.ts'
import { stageFile, type FileProgress } from './stage-file.ts'

export type { FileProgress } from './stage-file.ts'

/** resource_create's fields, with the file to upload as `path`. */
export type ResourceFromFile = { package_id: string; path: string; [field: string]: unknown }

/** resource_patch's target, with the replacement file as `path`. */
export type ReplacementFile = { id: string; path: string }

const megabyte = 1024 * 1024

/**
 * Copies the file at `params.path` into the catalog and creates a resource
 * for it in `params.package_id` (name defaults to the file's name). Resolves
 * to resource_create's result; rejects with the action's error (409 for too
 * large a file, 403, 404) or an AbortError when `signal` aborts.
 */
export async function createResourceFromFile(
  engine: Engine,
  caller: Caller,
  params: ResourceFromFile,
  onProgress?: (progress: FileProgress) => void,
  signal?: AbortSignal,
): Promise<unknown> {
  const { path, ...fields } = params
  // Fails fast (404, 403 for a private dataset) before copying a large file.
  if (typeof fields.package_id === 'string' && fields.package_id !== '') engine.call('package_show', caller, { id: fields.package_id })
  const name = fields.name === undefined || fields.name === '' ? basename(path) : fields.name
  return withStagedFile(engine, path, { onProgress, signal }, (upload) =>
    engine.call('resource_create', caller, { ...fields, name, upload }),
  )
}

/**
 * Copies the file at `params.path` into the catalog as the new file of
 * resource `params.id` (resource_patch: other fields kept). When the file
 * type changes (another extension, or a link becoming an upload) its
 * mimetype and format are guessed afresh instead of keeping the old ones.
 * Resolves to the patched resource; errors as createResourceFromFile, and
 * 404/403 before any copying when the resource cannot be seen.
 */
export async function replaceResourceFile(
  engine: Engine,
  caller: Caller,
  params: ReplacementFile,
  onProgress?: (progress: FileProgress) => void,
  signal?: AbortSignal,
): Promise<unknown> {
  const current = engine.call('resource_show', caller, { id: params.id }) as Record<string, unknown>
  const retype = current.url_type !== 'upload' || extensionOf(current.url) !== extname(storedFileName(basename(params.path)))
  return withStagedFile(engine, params.path, { onProgress, signal }, (upload) =>
    engine.call('resource_patch', caller, { id: params.id, upload, ...(retype ? { mimetype: '', format: '' } : {}) }),
  )
}

/** The extension of the file name an upload's url ends with. */
function extensionOf(url: unknown): string {
  return typeof url === 'string' ? extname(url.slice(url.lastIndexOf('/') + 1)) : ''
}

/** Stages the file, runs `record` with it, and deletes the temporary copy whatever happens. */
async function withStagedFile(
  engine: Engine,
  path: string,
  options: { onProgress?: (progress: FileProgress) => void; signal?: AbortSignal },
  record: (upload: Awaited<ReturnType<typeof stageFile>>) => unknown,
): Promise<unknown> {
  if (!engine.dataDir) invalid('upload', 'File uploads need a catalog with a data directory')
  const stat = statSync(path, { throwIfNoEntry: false })
  if (!stat?.isFile()) invalid('upload', `Not a file: ${path}`)
  // Refuse before copying gigabytes the action would refuse anyway.
  if (stat.size > engine.config.maxResourceSizeMb * megabyte) invalid('upload', 'File upload too large')
  const upload = await stageFile(path, engine.dataDir, { bytesTotal: stat.size, ...options })
  try {
    options.signal?.throwIfAborted()
    return record(upload)
  } finally {
    removeTempFile(upload.tempPath)
  }
}
