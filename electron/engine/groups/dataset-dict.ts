/**
 * One dataset as package_show returns it, for group_show's `packages` list.
 */
import type { Context } from '../context.ts'
import { sql } from '../db/statements.ts'
import { BadRequest } from '../errors.ts'
import { packageGroups, packageOrganization } from './for-packages.ts'

/**
 * The dataset's package_show dict. The caller has already checked that the
 * dataset is visible, so package_show's own rule is skipped. Falls back to the
 * stored dict (with organization and groups composed) while package_show is
 * not registered.
 */
export function datasetDict(ctx: Context, id: string): Record<string, unknown> {
  try {
    return ctx.callIgnoringAuth('package_show', { id }) as Record<string, unknown>
  } catch (error) {
    if (!(error instanceof BadRequest)) throw error
  }
  const row = sql(ctx.db, 'SELECT data, owner_org FROM packages WHERE id = ?').get(id) as
    | { data: string; owner_org: string | null }
    | undefined
  if (!row) return { id }
  const dict = JSON.parse(row.data) as Record<string, unknown>
  return { ...dict, organization: packageOrganization(ctx.db, row.owner_org), groups: packageGroups(ctx.db, id) }
}
