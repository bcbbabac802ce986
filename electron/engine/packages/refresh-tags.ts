/**
 * Datasets keep their tag dicts in packages.data (package_show reads no tag
 * table). Whoever renames or deletes tag rows (tag_delete, vocabulary_delete)
 * calls refreshPackageTags for the datasets that carried them, so their
 * stored dicts and search entries follow.
 */
import type { Context } from '../context.ts'
import { sql } from '../db/statements.ts'
import { indexPackage } from '../search/index-package.ts'
import type { TagDict } from './package-tags.ts'
import { findPackageRow, showPackage, storedDict } from './store.ts'

/** Rewrites the stored tags (and num_tags) of each dataset from its package_tags rows; reindexes it. */
export function refreshPackageTags(ctx: Context, packageIds: Iterable<string>): void {
  for (const id of new Set(packageIds)) {
    const row = findPackageRow(ctx.db, id)
    if (!row) continue
    const tags = (
      sql(
        ctx.db,
        `SELECT t.id, t.name, t.vocabulary_id FROM package_tags pt JOIN tags t ON t.id = pt.tag_id
         WHERE pt.package_id = ? ORDER BY t.name`,
      ).all(id) as { id: string; name: string; vocabulary_id: string | null }[]
    ).map((tag): TagDict => ({ display_name: tag.name, id: tag.id, name: tag.name, state: 'active', vocabulary_id: tag.vocabulary_id }))
    const dict = storedDict(row)
    dict.tags = tags
    dict.num_tags = tags.length
    const data = JSON.stringify(dict)
    sql(ctx.db, 'UPDATE packages SET data = ? WHERE id = ?').run(data, id)
    indexPackage(ctx.db, showPackage(ctx, { ...row, data }))
  }
}
