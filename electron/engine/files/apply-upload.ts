/**
 * The one place a resource write takes a file: resource_create,
 * resource_update and resource_patch call applyUpload on the resource dict
 * before saving it, as CKAN's actions call its ResourceUpload
 * (ckan/lib/uploader.py) before package_update.
 */
import type { Context } from '../context.ts'
import { invalid } from '../errors.ts'
import { guessFormat, guessMimetype } from '../packages/guess-mimetype.ts'
import { ckanNow } from '../time.ts'
import { moveIntoPlace, removeTempFile } from './file-moves.ts'
import { storedFileName } from './munge-filename.ts'
import { looksLikeUpload, stagedUploadIn } from './staged-upload.ts'
import { isSafeResourceId } from './store-paths.ts'

const megabyte = 1024 * 1024

/**
 * Applies what a resource write sent as `upload` to the resource dict about
 * to be saved (`resource.id` set). For a staged file it fills what CKAN
 * fills — `url` (the munged file name; shown as the download address),
 * `url_type: "upload"`, `last_modified`, `size`, `mimetype` and `format` when
 * empty — plus `hash` (sha256, which CKAN leaves ""). The file is renamed
 * into `files/<id>/` only after the transaction commits, and its temporary
 * file is deleted if it rolls back. (A resource that stops being an upload
 * loses its file through release-files.ts, called by the dataset save.)
 *
 * Throws 409 {"upload": [...]} for too large a file (ckan.max_resource_size)
 * or an `upload` object that is not a file staged in this data directory,
 * and 409 {field: [...]} for a file sent in another field. Any other
 * `upload` value (a plain form field, or an empty file part without a file
 * name) is ignored, as CKAN ignores an `upload` that is not a named file.
 */
export function applyUpload(ctx: Context, resource: Record<string, unknown>, upload: unknown): void {
  const id = resource.id
  // A file sent in any other field would otherwise be kept as an extra, temporary path and all.
  for (const [key, value] of Object.entries(resource)) {
    if (key !== 'upload' && looksLikeUpload(value)) invalid(key, 'Files can only be sent in the "upload" field')
  }
  if (!ctx.dataDir) {
    if (looksLikeUpload(upload)) invalid('upload', 'File uploads need a catalog with a data directory')
    return
  }
  const staged = stagedUploadIn(ctx.dataDir, upload)
  if (!staged) {
    if (looksLikeUpload(upload)) invalid('upload', 'Upload not found: send the file as a multipart file part')
    return
  }
  // A form's file input left empty sends a nameless, empty file part: no upload, as a nameless
  // werkzeug FileStorage is false to CKAN's ResourceUpload (the url stays; the door deletes the part).
  // Bytes sent under a name busboy empties ("..", "dir/") are still stored, as CKAN stores them.
  if (staged.filename === '' && staged.size === 0) return
  // From here on the temporary file is ours: gone if anything in this transaction fails.
  ctx.afterRollback?.(() => removeTempFile(staged.tempPath))
  if (staged.size > ctx.config.maxResourceSizeMb * megabyte) invalid('upload', 'File upload too large')
  if (!isSafeResourceId(id)) invalid('upload', 'Files can only be stored for resources whose id is letters, digits, "-" and "_"')

  const name = storedFileName(staged.filename)
  resource.url = name
  resource.url_type = 'upload'
  // The file wins over a clear_upload sent with it, as in CKAN's ResourceUpload (which checks for a file first).
  delete resource.clear_upload
  resource.last_modified = ckanNow()
  resource.size = staged.size
  resource.hash = staged.sha256
  if (isEmpty(resource.mimetype)) resource.mimetype = guessMimetype(name)
  if (isEmpty(resource.format)) resource.format = guessFormat(name) ?? resource.format ?? ''

  const dataDir = ctx.dataDir
  ctx.afterCommit(() => moveIntoPlace(dataDir, id, staged.tempPath, name))
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === ''
}

