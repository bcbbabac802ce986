/**
 * The datasets of an organization (packages.owner_org) or group (members
 * rows with table_name 'package'), as group_show counts and lists them.
 *
 * Mirrors CKAN's group_dictize, which asks package_search: active datasets
 * only; private ones only in an organization, and only for its readers
 * (members of any capacity, sysadmins) or, with dataset collaborators on,
 * the private datasets the caller collaborates on. Groups never show private
 * datasets.
 */
import type { Context } from '../context.ts'
import { collaboratorDatasetIds, hasCapacity, userLabels } from '../auth/roles.ts'
import { sql } from '../db/statements.ts'
import { datasetDict } from './dataset-dict.ts'
import type { GroupRow } from './store.ts'

type PackageRow = { id: string }

/** True when the caller may see the organization's private datasets. */
export function canReadPrivateOf(ctx: Context, row: GroupRow): boolean {
  return row.is_organization === 1 && hasCapacity(ctx, row.id, 'member')
}

/**
 * The private datasets of the organization the caller sees: all of them
 * (true) for its readers; else, where dataset collaborators are allowed,
 * those the caller collaborates on, as group_dictize's search then includes
 * private datasets and lets the caller's labels decide.
 */
function visiblePrivate(ctx: Context, row: GroupRow): true | string[] {
  if (canReadPrivateOf(ctx, row)) return true
  if (!row.is_organization || !ctx.config.allowDatasetCollaborators) return []
  return collaboratorDatasetIds(userLabels(ctx))
}

/** How many datasets of the group the caller can see (package_count). */
export function countDatasets(ctx: Context, row: GroupRow): number {
  return countVisible(ctx, row, visiblePrivate(ctx, row))
}

/**
 * How many active datasets the group holds, private ones included, whoever
 * asks: the list dicts of CKAN (group_list_dictize) count with a search
 * facet that applies no visibility filter (get_group_dataset_counts).
 */
export function countAllDatasets(ctx: Context, row: GroupRow): number {
  return countVisible(ctx, row, true)
}

function countVisible(ctx: Context, row: GroupRow, includePrivate: boolean | string[]): number {
  const withPrivate = includePrivate === true ? 1 : 0
  const result = row.is_organization
    ? sql(
        ctx.db,
        `SELECT count(*) AS n FROM packages WHERE owner_org = ? AND state = 'active'
           AND (private = 0 OR ? = 1 OR id IN (SELECT value FROM json_each(?)))`,
      ).get(row.id, withPrivate, JSON.stringify(Array.isArray(includePrivate) ? includePrivate : []))
    : sql(
        ctx.db,
        `SELECT count(*) AS n FROM members m JOIN packages p ON p.id = m.table_id
         WHERE m.group_id = ? AND m.table_name = 'package' AND m.state = 'active'
           AND p.state = 'active' AND (p.private = 0 OR ? = 1)`,
      ).get(row.id, withPrivate)
  return (result as { n: number }).n
}

/** The first `limit` datasets the caller can see, most recently modified first (search's default order). */
export function listDatasets(ctx: Context, row: GroupRow, limit: number): Record<string, unknown>[] {
  const visible = visiblePrivate(ctx, row)
  const rows = row.is_organization
    ? sql(
        ctx.db,
        `SELECT id FROM packages WHERE owner_org = ? AND state = 'active'
           AND (private = 0 OR ? = 1 OR id IN (SELECT value FROM json_each(?)))
         ORDER BY metadata_modified DESC LIMIT ?`,
      ).all(row.id, visible === true ? 1 : 0, JSON.stringify(visible === true ? [] : visible), limit)
    : sql(
        ctx.db,
        `SELECT p.id FROM members m JOIN packages p ON p.id = m.table_id
         WHERE m.group_id = ? AND m.table_name = 'package' AND m.state = 'active'
           AND p.state = 'active' AND p.private = 0
         ORDER BY p.metadata_modified DESC LIMIT ?`,
      ).all(row.id, limit)
  return (rows as PackageRow[]).map((pkg) => datasetDict(ctx, pkg.id))
}

/** How many non-deleted datasets an organization still owns (organization_delete refuses then). */
export function countOwnedDatasets(ctx: Context, orgId: string): number {
  return (
    sql(ctx.db, "SELECT count(*) AS n FROM packages WHERE owner_org = ? AND state != 'deleted'").get(orgId) as {
      n: number
    }
  ).n
}
