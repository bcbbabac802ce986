/**
 * CKAN's image uploader (ckan/lib/uploader.py Upload) for group and
 * organization images, user pictures and the site logo, in its two steps:
 * takeImageUpload before validation (update_data_dict) and
 * storeImageUpload once the row is saved (upload). The file is renamed into
 * `uploads/<folder>/` and a replaced image removed only after the
 * transaction commits; a rollback deletes the temporary file instead.
 */
import type { Context } from '../context.ts'
import { invalid } from '../errors.ts'
import { ckanNow } from '../time.ts'
import { pythonTruthy } from '../validate/validators.ts'
import { moveImageIntoPlace, removeTempFile, removeUploadedImage } from './file-moves.ts'
import { verifyImageType, withPreferredExtension } from './image-type.ts'
import { mungeFilenameLegacy } from './munge-filename.ts'
import { looksLikeUpload, stagedUploadIn, type StagedUpload } from './staged-upload.ts'
import type { ImageFolder } from './store-paths.ts'

/** Which fields of the data dict an uploader reads (CKAN's update_data_dict arguments). */
export type ImageFields = {
  folder: ImageFolder
  /** Where the stored name goes: image_url, or ckan.site_logo. */
  urlField: string
  /** Where the file comes: image_upload, or logo_upload. */
  fileField: string
  /** The flag that asks for the stored image to go: clear_upload, or clear_logo_upload. */
  clearField: string
  /** The image stored before (groups only: CKAN passes none for users and the logo). */
  oldFilename?: string | null
}

/** What takeImageUpload decided, for storeImageUpload. */
export type PendingImage = { fields: ImageFields; file: StagedUpload | null; name: string | null; clear: boolean }

/**
 * Mirrors Upload.update_data_dict: takes the file and clear fields out of
 * `data`; for a file, checks its type and sets the url field to CKAN's
 * name for it ("<UTC timestamp><file name>", munged, with the extension
 * its content calls for); without one, keeps an uploaded image unless
 * cleared. Throws 409 for a refused type or a file in another field.
 */
export function takeImageUpload(ctx: Context, data: Record<string, unknown>, fields: ImageFields): PendingImage {
  const { urlField, fileField, clearField, oldFilename: old } = fields
  const url = data[urlField] ?? ''
  const clear = pythonTruthy(data[clearField])
  const upload = data[fileField]
  delete data[clearField]
  delete data[fileField]
  // A file in any other field would be kept as a custom field, temporary path and all.
  for (const [key, value] of Object.entries(data)) {
    if (looksLikeUpload(value)) invalid(key, `Files can only be sent in the "${fileField}" field`)
  }
  const none: PendingImage = { fields, file: null, name: null, clear }
  if (!ctx.dataDir) {
    if (looksLikeUpload(upload)) invalid(fileField, 'File uploads need a catalog with a data directory')
    return none
  }
  const file = stagedUploadIn(ctx.dataDir, upload)
  if (!file) {
    if (looksLikeUpload(upload)) invalid(fileField, 'Upload not found: send the file as a multipart file part')
    // Mirrors CKAN: without a new file an uploaded image stays, unless cleared while still named.
    if (old && !old.startsWith('http')) {
      if (!clear) data[urlField] = old
      else if (url === old) data[urlField] = ''
    }
    return none
  }
  // From here on the temporary file is ours: gone if anything in this transaction fails.
  ctx.afterRollback?.(() => removeTempFile(file.tempPath))
  // A file part with no file name (an empty file input) is no upload to CKAN, nor a reason to keep the old one.
  if (!file.filename) return none
  const actual = verifyImageType(fileField, file)
  // str(datetime.utcnow()) is ckanNow() with a space for the "T".
  const name = withPreferredExtension(mungeFilenameLegacy(ckanNow().replace('T', ' ') + file.filename), actual)
  data[urlField] = name
  return { fields, file, name, clear }
}

/**
 * Mirrors Upload.upload(ckan.max_image_size): refuses too large a file with
 * CKAN's 409 {"upload": ["File upload too large"]} (that key whatever the
 * field), then, after the commit, moves the new file into place and removes
 * the image it replaces or that was cleared.
 */
export function storeImageUpload(ctx: Context, pending: PendingImage): void {
  const { dataDir } = ctx
  if (!dataDir) return
  const { folder, oldFilename: old } = pending.fields
  const { file, name } = pending
  if (file && name) {
    // CKAN copies in 1 MB chunks and stops once it has read more chunks than the limit: size > limit.
    if (file.size > ctx.config.maxImageSizeMb * 1024 * 1024) invalid('upload', 'File upload too large')
    ctx.afterCommit(() => moveImageIntoPlace(dataDir, folder, file.tempPath, name))
  }
  if ((name || pending.clear) && old && !old.startsWith('http') && old !== name) {
    ctx.afterCommit(() => removeUploadedImage(dataDir, folder, old))
  }
}

