/**
 * Where the FileStore keeps things, and the checks that keep every path it
 * builds inside the data directory: `files/<resource id>/<munged name>` for
 * stored files, `files/tmp/` for uploads on their way in, and
 * `uploads/<group|user|admin>/<name>` for uploaded images (CKAN's
 * `storage/uploads/<object type>/`, served at `/uploads/...`). Ids and
 * names from a request are checked as single safe path segments AND the
 * resolved path must still lie under `files/` (or `uploads/`); either
 * failing means "no such file".
 */
import { join, resolve, sep } from 'node:path'
import { isWindowsDeviceName } from './munge-filename.ts'

/** The folder name temporary uploads use; never a resource id. */
export const tmpFolderName = 'tmp'

/** `<dataDir>/files`. */
export function filesRoot(dataDir: string): string {
  return resolve(dataDir, 'files')
}

/** `<dataDir>/files/tmp`: where uploads stream to before an action takes them. */
export function tmpDir(dataDir: string): string {
  return join(filesRoot(dataDir), tmpFolderName)
}

/**
 * True when `id` may name a folder under files/: letters, digits, "-" and "_"
 * (UUIDs and CKAN-style ids), not the temporary folder's name. Dots are
 * refused outright, so ".." or a hidden name never gets through.
 */
export function isSafeResourceId(id: unknown): id is string {
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,200}$/.test(id) && id !== tmpFolderName
}

/** True when `name` is a stored file name: what storedFileName produces (never all dots or a device name). */
export function isSafeStoredName(name: unknown): name is string {
  return typeof name === 'string' && /^[a-z0-9_.-]{1,100}$/.test(name) && !/^\.+$/.test(name) && !isWindowsDeviceName(name)
}

/** `files/<id>`, or null when the id is not safe. */
export function resourceDir(dataDir: string, id: string): string | null {
  if (!isSafeResourceId(id)) return null
  return inside(filesRoot(dataDir), id)
}

/** `files/<id>/<name>`, or null when either part is not safe. */
export function resourceFilePath(dataDir: string, id: string, name: string): string | null {
  const dir = resourceDir(dataDir, id)
  if (!dir || !isSafeStoredName(name)) return null
  return inside(dir, name)
}

/** The folders CKAN's image uploader writes: group and organization images, user pictures, the site logo. */
export const imageFolders = ['group', 'user', 'admin'] as const
export type ImageFolder = (typeof imageFolders)[number]

/** True when `folder` is one of the image folders. */
export function isImageFolder(folder: unknown): folder is ImageFolder {
  return typeof folder === 'string' && (imageFolders as readonly string[]).includes(folder)
}

/** `<dataDir>/uploads`. */
export function uploadsRoot(dataDir: string): string {
  return resolve(dataDir, 'uploads')
}

/**
 * True when `name` may be an uploaded image's file name: what
 * mungeFilenameLegacy leaves ([A-Za-z0-9.-]) plus "_", never only dots and
 * never a Windows device name.
 */
export function isSafeImageName(name: unknown): name is string {
  return typeof name === 'string' && /^[A-Za-z0-9_.-]{1,100}$/.test(name) && !/^\.+$/.test(name) && !isWindowsDeviceName(name)
}

/** `uploads/<folder>/<name>`, or null when either part is not safe. */
export function uploadedImagePath(dataDir: string, folder: string, name: string): string | null {
  if (!isImageFolder(folder) || !isSafeImageName(name)) return null
  const dir = inside(uploadsRoot(dataDir), folder)
  return dir ? inside(dir, name) : null
}

/**
 * True when `path` is a direct child of files/tmp: the only place an
 * action accepts an upload's bytes from, so request data naming another
 * path (a JSON body with a forged `upload` object) cannot pull a file in.
 */
export function isInTmpDir(dataDir: string, path: unknown): path is string {
  if (typeof path !== 'string' || path.includes('\0')) return false
  const root = tmpDir(dataDir)
  const resolved = resolve(path)
  return resolved.startsWith(root + sep) && !resolved.slice(root.length + 1).includes(sep)
}

/** `child` resolved under `parent`, or null if it would leave it. */
function inside(parent: string, child: string): string | null {
  const path = resolve(parent, child)
  return path.startsWith(parent + sep) ? path : null
}
