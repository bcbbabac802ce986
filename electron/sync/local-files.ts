/**
 * The local files behind uploaded resources, as the FileStore keeps them
 * (`files/<resource id>/<name>`), and whether each differs from what was
 * last synced with a remote.
 */
import { existsSync, statSync } from 'node:fs'
import { resourceFilePath } from '../engine/files/store-paths.ts'
import type { FileMark } from './links.ts'
import { isDict, uploadFileName, type Dict } from './normalize.ts'

/** A local uploaded file that a push must send. */
export type PendingUpload = { resource_id: string; name: string; size: number; path: string; mtimeMs: number }

/** The uploaded resources of a local dataset dict whose file exists locally and changed since `marks`. */
export function pendingUploads(dataDir: string | null, local: Dict, marks: Record<string, FileMark>): PendingUpload[] {
  if (!dataDir || !Array.isArray(local.resources)) return []
  const out: PendingUpload[] = []
  for (const resource of local.resources) {
    if (!isDict(resource) || resource.url_type !== 'upload' || typeof resource.url !== 'string' || typeof resource.id !== 'string') continue
    const name = uploadFileName(resource.url)
    const path = resourceFilePath(dataDir, resource.id, name)
    if (!path || !existsSync(path)) continue
    const stat = statSync(path)
    const mark = marks[resource.id]
    if (mark && mark.name === name && mark.size === stat.size && (mark.mtimeMs === undefined || mark.mtimeMs === stat.mtimeMs)) continue
    out.push({ resource_id: resource.id, name, size: stat.size, path, mtimeMs: stat.mtimeMs })
  }
  return out
}
