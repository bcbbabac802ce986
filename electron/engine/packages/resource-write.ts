/**
 * What the resource actions share: finding a resource's row and dataset,
 * and CKAN's way of writing one resource — change the dataset's resource
 * list and run package_update, so the whole dataset is validated and its
 * metadata_modified bumped.
 */
import type { Context } from '../context.ts'
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { ValidationError } from '../errors.ts'
import { resourceWithId } from './resource-key.ts'
import { findPackageRow, type PackageDict, type PackageRow } from './store.ts'
import { targetOf, updatePackage } from './write-package.ts'

/** A row of the resources table: a lookup of resource → dataset (deleted ones keep their last dict in `data`). */
export type ResourceRow = { id: string; package_id: string; position: number; state: string; data: string | null }

/** The resource row with this id (resources are looked up by id only), any state. */
export function findResourceRow(db: Sqlite, id: unknown): ResourceRow | undefined {
  if (typeof id !== 'string' || id === '') return undefined
  return sql(db, `SELECT id, package_id, position, state, data FROM resources WHERE ${resourceWithId}`).get({ id }) as
    | ResourceRow
    | undefined
}

/** The dataset row a resource belongs to. */
export function packageOfResource(db: Sqlite, resource: ResourceRow): PackageRow {
  return findPackageRow(db, resource.package_id) as PackageRow
}

/**
 * package_update with `dict` (the dataset with its resource list changed).
 * On a validation error CKAN's resource actions report only the errors of
 * the resource at `errorIndex` (negative counts from the end), when there
 * are resource errors at all.
 */
export function updateWithResources(ctx: Context, row: PackageRow, dict: PackageDict, errorIndex: number): PackageDict {
  try {
    return updatePackage(ctx, targetOf(row), Object.assign({}, dict, { id: row.id, type: row.type }))
  } catch (error) {
    const list = error instanceof ValidationError ? error.errors.resources : undefined
    if (!Array.isArray(list)) throw error
    const own = list[errorIndex < 0 ? list.length + errorIndex : errorIndex] as Record<string, unknown> | undefined
    throw own ? new ValidationError(own) : error
  }
}
