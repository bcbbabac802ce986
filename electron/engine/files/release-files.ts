/**
 * Stored files disappear with their records: once a transaction commits,
 * a resource that is no longer an active upload (deleted, purged with its
 * dataset, turned into a link) loses its `files/<id>` folder. The decision
 * reads the committed resources table, so it is right whatever the action
 * changed, and does nothing if the transaction rolls back.
 */
import type { Context } from '../context.ts'
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { removeResourceDir } from './file-moves.ts'
import { resourceWithId } from '../packages/resource-key.ts'

/** After commit, removes the stored file of resource `id` unless it is still an active upload. */
export function releaseUnusedFile(ctx: Context, id: string): void {
  releaseUnusedFiles(ctx, [id])
}

/** After commit, removes the stored files of these resources that are no longer active uploads. */
export function releaseUnusedFiles(ctx: Context, ids: Iterable<string>): void {
  const { dataDir, db } = ctx
  if (!dataDir) return
  const list = [...ids]
  if (list.length === 0) return
  ctx.afterCommit(() => {
    for (const id of list) if (!isActiveUpload(db, id)) removeResourceDir(dataDir, id)
  })
}

/** After commit, removes the stored files of a dataset's resources that are gone (dataset_purge). */
export function releaseFilesOfPackage(ctx: Context, packageId: string): void {
  const rows = sql(ctx.db, 'SELECT id FROM resources WHERE package_id = ?').all(packageId) as { id: string }[]
  releaseUnusedFiles(ctx, rows.map((row) => row.id))
}

/** True when the resources table holds `id` as an active uploaded resource. */
export function isActiveUpload(db: Sqlite, id: string): boolean {
  const row = sql(db, `SELECT state, url_type FROM resources WHERE ${resourceWithId}`).get({ id }) as
    | { state: string; url_type: string | null }
    | undefined
  return row !== undefined && row.state === 'active' && row.url_type === 'upload'
}
