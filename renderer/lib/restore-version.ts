/**
 * Putting a dataset back as one of its history entries recorded it. An
 * activity keeps the whole dataset dict as it was then; package_update with
 * that dict replaces every field, resource and group list with the recorded
 * ones (the engine drops what it computes itself: timestamps, counts, the
 * organization dict). Resources keep their ids, so a file still stored under
 * a resource is found again.
 */
import type { Activity, Package, PackageInput } from '../../shared/actions.ts'

/** True when the entry holds a version the dataset can go back to (a deletion is no version of its content). */
export function isRestorable(activity: Activity): boolean {
  return activity.activity_type !== 'deleted package' && Boolean(activity.data?.package)
}

/**
 * The package_update parameters restoring `version` over the dataset `currentId`;
 * a deleted dataset comes back active, as the version was. Its relationship
 * lists are left out: package_update would replace the dataset's current
 * relationships with them, and CKAN keeps relationships apart from the
 * dataset's content (they record no history of their own).
 */
export function restorePayload(version: Package, currentId: string): PackageInput & { id: string } {
  const { relationships_as_subject: _subject, relationships_as_object: _object, ...content } = version as PackageInput & Record<string, unknown>
  return { ...(content as PackageInput), id: currentId, state: 'active' }
}
