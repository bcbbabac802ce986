/**
 * The FileStore's only writes outside files/tmp: renaming a staged upload
 * into `files/<resource id>/<name>` or `uploads/<folder>/<name>` (an image),
 * and removing a resource's folder or a replaced image. They
 * run after the transaction that records them commits (ctx.afterCommit), so
 * a rolled-back action never touches stored files. All paths come from
 * store-paths.ts, which refuses anything that would leave files/.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { resourceDir, resourceFilePath, uploadedImagePath, type ImageFolder } from './store-paths.ts'

/**
 * Renames the staged file to `files/<id>/<name>` (replacing a file of that
 * name atomically) and removes any other file of the resource: the one a
 * replacement upload supersedes under a different name.
 */
export function moveIntoPlace(dataDir: string, resourceId: string, tempPath: string, name: string): void {
  const dir = resourceDir(dataDir, resourceId)
  const target = resourceFilePath(dataDir, resourceId, name)
  if (!dir || !target) throw new Error(`unsafe stored path for resource ${JSON.stringify(resourceId)}`)
  mkdirSync(dir, { recursive: true })
  renameSync(tempPath, target)
  for (const entry of readdirSync(dir)) {
    if (entry !== name) rmSync(join(dir, entry), { recursive: true, force: true })
  }
}

/** Removes `files/<id>` and everything in it; unsafe ids are ignored (they never had a folder). */
export function removeResourceDir(dataDir: string, resourceId: string): void {
  const dir = resourceDir(dataDir, resourceId)
  if (dir) rmSync(dir, { recursive: true, force: true })
}

/** Renames the staged file to `uploads/<folder>/<name>` (CKAN's Upload.upload: other images stay). */
export function moveImageIntoPlace(dataDir: string, folder: ImageFolder, tempPath: string, name: string): void {
  const target = uploadedImagePath(dataDir, folder, name)
  if (!target) throw new Error(`unsafe image name ${JSON.stringify(name)}`)
  mkdirSync(dirname(target), { recursive: true })
  renameSync(tempPath, target)
}

/** Removes `uploads/<folder>/<name>` if it is there; an unsafe name (a URL, a path) names no file of ours. */
export function removeUploadedImage(dataDir: string, folder: ImageFolder, name: string): void {
  const path = uploadedImagePath(dataDir, folder, name)
  if (path) rmSync(path, { force: true })
}

/** Deletes a temporary file if it is still there. */
export function removeTempFile(path: string): void {
  rmSync(path, { force: true })
}
