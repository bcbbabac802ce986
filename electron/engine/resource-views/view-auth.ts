/**
 * Who may see and change a resource's views: CKAN's view auth functions
 * defer to the resource rules (resource_show, resource_create,
 * resource_update, resource_delete), which ask the resource's dataset.
 */
import { canEditPackage, canReadPackage, requireUser } from '../auth/roles.ts'
import { callerName, type Context } from '../context.ts'
import { NotAuthorized } from '../errors.ts'
import { packageOfResource, type ResourceRow } from '../packages/resource-write.ts'

/** resource_show's rule: the caller may read the resource's dataset. */
export function requireReadResource(ctx: Context, resource: ResourceRow): void {
  if (!canReadPackage(ctx, packageOfResource(ctx.db, resource))) {
    throw new NotAuthorized(`User ${callerName(ctx)} not authorized to read resource ${resource.id}`)
  }
}

/** resource_create's rule on an existing resource (a view's creation defers to it): edit rights on its dataset. */
export function requireCreateOnResource(ctx: Context, action: string, resource: ResourceRow): void {
  requireUser(ctx, action)
  if (!canEditPackage(ctx, packageOfResource(ctx.db, resource))) {
    throw new NotAuthorized(`User ${callerName(ctx)} not authorized to create resources on dataset ${resource.package_id}`)
  }
}

/** resource_update's rule: edit rights on the resource's dataset. */
export function requireEditResource(ctx: Context, action: string, resource: ResourceRow): void {
  requireUser(ctx, action)
  if (!canEditPackage(ctx, packageOfResource(ctx.db, resource))) {
    throw new NotAuthorized(`User ${callerName(ctx)} not authorized to edit resource ${resource.id}`)
  }
}

/** resource_delete's rule (package_delete defers to package_update): edit rights on the resource's dataset. */
export function requireDeleteResource(ctx: Context, action: string, resource: ResourceRow): void {
  requireUser(ctx, action)
  if (!canEditPackage(ctx, packageOfResource(ctx.db, resource))) {
    throw new NotAuthorized(`User ${callerName(ctx)} not authorized to delete resource ${resource.id}`)
  }
}
