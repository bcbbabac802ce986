/**
 * Who may create and change datasets: CKAN's package_create and
 * package_update auth functions (ckan/logic/auth/{create,update}.py) with
 * their messages.
 */
import { callerName, isSysadmin, type Context } from '../context.ts'
import { canEditAsOwner, collaboratesOn, editingCollaborator, hasCapacity, mayCreateDatasets } from '../auth/roles.ts'
import { NotAuthorized } from '../errors.ts'
import { findGroupRow } from '../groups/store.ts'
import { requireGroupsEditable } from './package-groups.ts'
import { packageGroupIds, type PackageRow } from './store.ts'

/**
 * package_create's rule: a caller who may create datasets (roles.ts
 * mayCreateDatasets), who may add to the listed groups and to the named
 * organization.
 */
export function requireCreatePackage(ctx: Context, data: Record<string, unknown>): void {
  const name = callerName(ctx)
  if (!isSysadmin(ctx) && !mayCreateDatasets(ctx)) throw new NotAuthorized(`User ${name} not authorized to create packages`)
  requireGroupsEditable(ctx, data.groups)
  const orgRef = data.owner_org
  if (orgRef === undefined || orgRef === null || orgRef === '' || isSysadmin(ctx)) return
  const org = findGroupRow(ctx.db, String(orgRef))
  if (!org || !hasCapacity(ctx, org.id, 'editor')) {
    throw new NotAuthorized(`User ${name} not authorized to add dataset to this organization`)
  }
}

/**
 * package_update's rule: "User {name} not authorized to edit package {id}",
 * then the groups the dict adds must be editable by the caller. Mirrors
 * CKAN: a caller let in as an editing collaborator skips the groups check.
 */
export function requireUpdatePackage(ctx: Context, row: PackageRow, data: Record<string, unknown> = {}): void {
  if (!canEditAsOwner(ctx, row)) {
    if (collaboratesOn(ctx, row.id, editingCollaborator)) return
    throw new NotAuthorized(`User ${callerName(ctx)} not authorized to edit package ${row.id}`)
  }
  if (Array.isArray(data.groups)) requireGroupsEditable(ctx, data.groups, packageGroupIds(ctx.db, row.id))
}
