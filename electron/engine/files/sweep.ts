/**
 * Start-up cleanup of the FileStore: what a crash or a killed process can
 * leave behind. Temporary uploads nobody finished, and folders of resources
 * that are no longer active uploads (the process died between a commit and
 * its file removal). Stored files of live resources are never touched.
 */
import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Sqlite } from '../db/open.ts'
import { isActiveUpload } from './release-files.ts'
import { filesRoot, isSafeResourceId, tmpDir, tmpFolderName } from './store-paths.ts'

/** What a sweep removed. */
export type SweepReport = { tempFiles: number; resourceFolders: number }

/**
 * Removes temporary files older than `tmpMaxAgeMs` (default one hour: a
 * live upload keeps touching its file, and another process may be serving
 * the same data directory) and resource folders without an active upload.
 */
export function sweepFileStore(dataDir: string, db: Sqlite, options: { tmpMaxAgeMs?: number } = {}): SweepReport {
  const maxAge = options.tmpMaxAgeMs ?? 60 * 60 * 1000
  const report: SweepReport = { tempFiles: 0, resourceFolders: 0 }
  const now = Date.now()
  for (const entry of entriesOf(tmpDir(dataDir))) {
    const path = join(tmpDir(dataDir), entry)
    const stat = statSync(path, { throwIfNoEntry: false })
    if (stat && now - stat.mtimeMs >= maxAge) {
      rmSync(path, { recursive: true, force: true })
      report.tempFiles += 1
    }
  }
  for (const entry of entriesOf(filesRoot(dataDir))) {
    if (entry === tmpFolderName) continue
    if (isSafeResourceId(entry) && isActiveUpload(db, entry)) continue
    rmSync(join(filesRoot(dataDir), entry), { recursive: true, force: true })
    report.resourceFolders += 1
  }
  return report
}

function entriesOf(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}
