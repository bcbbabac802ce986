/**
 * Deleting and purging organizations and groups: CKAN's _group_or_org_delete
 * and _group_or_org_purge.
 */
import type { Context } from '../context.ts'
import { sql } from '../db/statements.ts'
import { ValidationError } from '../errors.ts'
import { countOwnedDatasets } from './datasets.ts'
import { reindexDataset } from './membership.ts'
import { deleteGroupRow, setGroupState, type GroupRow } from './store.ts'

/**
 * An organization still owning non-deleted datasets cannot go (409, naming
 * what was asked: deleted or purged), unless unowned datasets are allowed:
 * then they are detached from it instead.
 */
export function releaseOwnedDatasets(ctx: Context, row: GroupRow, going: 'deleted' | 'purged'): void {
  if (!row.is_organization || countOwnedDatasets(ctx, row.id) === 0) return
  if (!ctx.config.createUnownedDataset) {
    throw new ValidationError({ message: `Organization cannot be ${going} while it still has datasets` })
  }
  const ids = sql(ctx.db, "SELECT id FROM packages WHERE owner_org = ? AND state != 'deleted'").all(row.id) as { id: string }[]
  sql(
    ctx.db,
    "UPDATE packages SET owner_org = NULL, data = pack_json(json_set(unpack_json(data), '$.owner_org', json('null'))) WHERE owner_org = ? AND state != 'deleted'",
  ).run(row.id)
  for (const { id } of ids) reindexDataset(ctx, id)
}

/**
 * Removes every membership in the group and of the group in others (users,
 * datasets, linked groups), reindexing the datasets that lose it.
 */
export function removeAllMemberships(ctx: Context, row: GroupRow): void {
  const datasets = sql(
    ctx.db,
    "SELECT table_id FROM members WHERE group_id = ? AND table_name = 'package'",
  ).all(row.id) as { table_id: string }[]
  sql(ctx.db, "DELETE FROM members WHERE group_id = ? OR (table_name = 'group' AND table_id = ?)").run(row.id, row.id)
  for (const { table_id } of datasets) reindexDataset(ctx, table_id)
}

/** Soft delete: state 'deleted', memberships gone; the name stays taken. */
export function softDeleteGroup(ctx: Context, row: GroupRow): GroupRow {
  releaseOwnedDatasets(ctx, row, 'deleted')
  removeAllMemberships(ctx, row)
  setGroupState(ctx.db, row.id, 'deleted')
  return { ...row, state: 'deleted' }
}

/** Hard delete: the row and every membership go; activity rows stay, as in CKAN. */
export function purgeGroup(ctx: Context, row: GroupRow): void {
  releaseOwnedDatasets(ctx, row, 'purged')
  removeAllMemberships(ctx, row)
  deleteGroupRow(ctx.db, row.id)
}
