/**
 * An upload on its way in: bytes already in a temporary file under
 * files/tmp, hashed and counted. The HTTP door's multipart parts and the
 * desktop's file copies both have this shape (electron/server/upload-part.ts
 * declares the same fields), so actions treat them alike.
 */
import { statSync } from 'node:fs'
import { isInTmpDir } from './store-paths.ts'

/** What an action receives as `params.upload` for a file. */
export type StagedUpload = {
  /** Absolute path of the temporary file holding the bytes (inside files/tmp). */
  tempPath: string
  /** The file name the client gave (unsanitized; mungeFilename makes it safe). */
  filename: string
  size: number
  /** Hex sha256 of the bytes. */
  sha256: string
  /** The Content-Type the client sent for the part, if any. */
  contentType: string
}

/**
 * The upload in `value` when it is a real staged file of this data
 * directory: the right shape, a temporary file directly inside files/tmp,
 * still there with the size it claims. Anything else (a form field named
 * "upload", a JSON object pointing elsewhere on disk) is not a file, as
 * CKAN ignores an `upload` value that is not a file.
 */
export function stagedUploadIn(dataDir: string, value: unknown): StagedUpload | null {
  if (typeof value !== 'object' || value === null) return null
  const upload = value as Partial<StagedUpload>
  if (!isInTmpDir(dataDir, upload.tempPath)) return null
  if (typeof upload.filename !== 'string' || typeof upload.sha256 !== 'string') return null
  if (typeof upload.size !== 'number' || !Number.isSafeInteger(upload.size) || upload.size < 0) return null
  const stat = statSync(upload.tempPath, { throwIfNoEntry: false })
  if (!stat?.isFile() || stat.size !== upload.size) return null
  return {
    tempPath: upload.tempPath,
    filename: upload.filename,
    size: upload.size,
    sha256: upload.sha256,
    contentType: typeof upload.contentType === 'string' ? upload.contentType : '',
  }
}

/** True when `value` looks like an upload object at all (to tell "no file" from "not a usable file"). */
export function looksLikeUpload(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'tempPath' in value
}
