/**
 * One dataset as package_show returns it, for group_show's `packages` list.
 */
import type { Context } from '../context.ts'
import { findPackageRow, showPackage } from '../packages/store.ts'

/**
 * The dataset's package_show dict. The caller has already checked that the
 * dataset is visible, so package_show's own rule is not run again.
 */
export function datasetDict(ctx: Context, id: string): Record<string, unknown> {
  const row = findPackageRow(ctx.db, id)
  return row ? showPackage(ctx, row) : { id }
}
