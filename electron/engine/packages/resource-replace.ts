/**
 * resource_update's flow, shared with resource_patch: find the resource
 * (404 "Resource was not found."), check update rights on its dataset, put
 * the new dict in its place and run package_update.
 */
import { callerName, type Context } from '../context.ts'
import { canEditPackage, requireUser } from '../auth/roles.ts'
import { NotAuthorized, notFound, ValidationError } from '../errors.ts'
import { findResourceRow, packageOfResource, updateWithResources, type ResourceRow } from './resource-write.ts'
import { showPackage, type PackageRow, type ResourceDict } from './store.ts'
import { applyUpload } from '../files/apply-upload.ts'
import { addDefaultViewsSkippingAuth } from '../resource-views/default-views.ts'

/** Replaces a resource of a dataset with `data` (which carries its `id`); returns the saved resource. */
export function replaceResource(ctx: Context, action: string, data: Record<string, unknown>): ResourceDict {
  const resourceRow = findResourceRow(ctx.db, data.id) ?? notFound('Resource was not found.')
  requireUser(ctx, action)
  const row = requireEditable(ctx, resourceRow)
  const dict = showPackage(ctx, row)
  const index = dict.resources.findIndex((resource) => resource.id === resourceRow.id)
  if (index < 0) notFound('Resource was not found.')
  const before = dict.resources[index]
  // Mirrors CKAN: datastore_active survives an update that does not mention it.
  const next = 'datastore_active' in before && !('datastore_active' in data) ? { ...data, datastore_active: before.datastore_active } : data
  // A new file (multipart `upload`) fills url, size, hash…; it replaces the stored one on commit.
  applyUpload(ctx, next, data.upload)
  dict.resources[index] = next as ResourceDict
  const saved = updateWithResources(ctx, row, dict, index).resources[index]
  // Mirrors CKAN's resource_update: a new format may suit a default view, made skipping auth.
  if ((before.format ?? '') !== (saved.format ?? '')) addDefaultViewsSkippingAuth(ctx, [saved])
  return saved
}

/** resource_update's auth on a resource id: 409 without one, bare 404 for an unknown one, else update rights. */
export function requireResourceEditable(ctx: Context, id: unknown): void {
  if (id === undefined) throw new ValidationError({ id: ['Missing value'] })
  requireEditable(ctx, findResourceRow(ctx.db, id) ?? notFound())
}

/** The resource as resource_show returns it (the caller may edit its dataset, so may read it). */
export function shownResource(ctx: Context, id: unknown): ResourceDict {
  const resourceRow = findResourceRow(ctx.db, id) ?? notFound()
  const resource = showPackage(ctx, packageOfResource(ctx.db, resourceRow)).resources.find((item) => item.id === resourceRow.id)
  return resource ?? notFound('Resource was not found.')
}

function requireEditable(ctx: Context, resourceRow: ResourceRow): PackageRow {
  const row = packageOfResource(ctx.db, resourceRow)
  if (!canEditPackage(ctx, row)) {
    throw new NotAuthorized(`User ${callerName(ctx)} not authorized to edit resource ${resourceRow.id}`)
  }
  return row
}
