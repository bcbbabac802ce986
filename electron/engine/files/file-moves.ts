/**
 * The FileStore's only writes outside files/tmp: renaming a staged upload
 * into `files/<resource id>/<name>` and removing a resource's folder. They
 * run after the transaction that records them commits (ctx.afterCommit), so
 * a rolled-back action never touches stored files. All paths come from
 * store-paths.ts, which refuses anything that would leave files/.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { resourceDir, resourceFilePath } from './store-paths.ts'

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

/** Deletes a temporary file if it is still there. */
export function removeTempFile(path: string): void {
  rmSync(path, { force: true })
}
