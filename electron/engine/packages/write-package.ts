/**
 * The dataset write pipeline every write action shares (package_create,
 * package_update and all that go through it): validate, save, then record
 * the activity row and update the search index in the same transaction.
 */
import { recordActivity } from '../activity/record.ts'
import { activityLabels } from '../auth/roles.ts'
import type { Context } from '../context.ts'
import { indexPackage } from '../search/index-package.ts'
import { insertPackage, updatePackageRow, type SavedPackage } from './save-package.ts'
import { packageOrganization } from '../groups/for-packages.ts'
import { composeShown, storedDict, withUploadUrls, type PackageDict, type PackageRow } from './store.ts'
import { validatePackage, type PackageTarget } from './validate-package.ts'

/** package_create after its auth check: returns the new dataset's package_show dict. */
export function createPackage(ctx: Context, input: Record<string, unknown>): PackageDict {
  const saved = insertPackage(ctx, validatePackage(ctx, input, null, { guessMimetype: false }))
  return afterWrite(ctx, saved, 'new package')
}

/**
 * package_update after its auth check: `input` replaces the dataset (lists
 * left out are emptied). Resources sent without a `mimetype` get one guessed
 * from their URL, as package_update does.
 */
export function updatePackage(ctx: Context, target: PackageTarget, input: Record<string, unknown>): PackageDict {
  const saved = updatePackageRow(ctx, target, validatePackage(ctx, input, target, { guessMimetype: true }))
  return afterWrite(ctx, saved, saved.row.state === 'deleted' ? 'deleted package' : 'changed package')
}

/** The dataset's row and stored dict, ready to be updated. */
export function targetOf(row: PackageRow): PackageTarget {
  return { row, stored: storedDict(row) }
}

/** After a write: package_show's dict, with the activity row and the index entry made from it. */
export function afterWrite(ctx: Context, saved: SavedPackage, activityType: string): PackageDict {
  const shown = saved.alone ? composeAlone(ctx, saved) : composeShown(ctx, saved.row.id, saved.row.owner_org, saved.stored)
  recordPackageActivity(ctx, saved.row, shown, activityType)
  indexPackage(ctx.db, shown)
  return shown
}

/** composeShown for a dataset no other table mentions yet but its organization's. */
function composeAlone(ctx: Context, saved: SavedPackage): PackageDict {
  const dict = saved.stored
  dict.relationships_as_subject = []
  dict.relationships_as_object = []
  dict.organization = packageOrganization(ctx.db, saved.row.owner_org)
  dict.groups = []
  return withUploadUrls(ctx, saved.row.id, dict)
}

/**
 * A dataset activity row ('new package', 'changed package', 'deleted
 * package'), readable by whoever may read the dataset. Its dataset dict is
 * the saved row's until the dataset changes again (migration 0008): the row
 * keeps only the parts composed from other tables (organization, groups and
 * any relationships), as they are now.
 */
export function recordPackageActivity(ctx: Context, row: PackageRow, shown: PackageDict, type: string): void {
  const data: Record<string, unknown> = { organization: shown.organization, groups: shown.groups }
  // Relationships live in their own table too: kept with the row when there are any, as package_show showed them.
  for (const key of ['relationships_as_subject', 'relationships_as_object']) {
    if (Array.isArray(shown[key]) && (shown[key] as unknown[]).length) data[key] = shown[key]
  }
  recordActivity(ctx, {
    objectId: row.id,
    type,
    data,
    sharesPackageData: true,
    permissionLabels: activityLabels(ctx, row),
  })
}
