/**
 * The objects activity lists are about, looked up and auth-checked as CKAN's
 * activity auth does (via package_show, group_show and user_show rules).
 */
import { callerName, isSysadmin, type Context } from '../../context.ts'
import { sql } from '../../db/statements.ts'
import { NotAuthorized, NotFound } from '../../errors.ts'
import { hasCapacity, requireEditPackage, requireReadPackage, type PackageAccess } from '../../auth/roles.ts'
import { requireUserDetailsReadable } from '../../users/auth.ts'
import { findUser } from '../../users/store.ts'
import { objectNotLoadable } from '../../packages/missing-id.ts'

/**
 * Mirrors CKAN's auth helpers (get_package_object, get_group_object), which
 * the activity lists reach through package_show's and group_show's auth: an
 * empty id fails there, before any lookup. Sysadmins skip auth, and the
 * action's own lookup answers them with a bare 404.
 */
function requireIdForAuth(ctx: Context, ref: unknown, objectClass: 'Package' | 'Group'): void {
  if (!ref && !isSysadmin(ctx)) throw objectNotLoadable(objectClass)
}

/** The dataset (id first, then name) the caller may read; bare 404 when absent, CKAN's 403 when hidden. */
export function readableDataset(ctx: Context, ref: unknown): PackageAccess {
  requireIdForAuth(ctx, ref, 'Package')
  const pkg = findDataset(ctx, ref)
  requireReadPackage(ctx, pkg)
  return pkg
}

/**
 * The dataset the caller may edit: what CKAN asks of a reader of activity
 * data (package_update's rule, while ckan.auth.public_activity_stream_detail
 * is false, its default); bare 404 when absent.
 */
export function editableDataset(ctx: Context, ref: unknown): PackageAccess {
  const pkg = findDataset(ctx, ref)
  requireEditPackage(ctx, pkg)
  return pkg
}

function findDataset(ctx: Context, ref: unknown): PackageAccess {
  const columns = 'SELECT id, owner_org, private, state, creator_user_id FROM packages'
  const pkg = (sql(ctx.db, `${columns} WHERE id = ?`).get(ref) ?? sql(ctx.db, `${columns} WHERE name = ?`).get(ref)) as
    | PackageAccess
    | undefined
  if (!pkg) throw new NotFound()
  return pkg
}

/**
 * The organization (or group) the caller may read: any active one; a deleted
 * one only for its members and sysadmins (CKAN's group_show auth). An id of
 * the other kind is a bare 404, as organization_show/group_show answer.
 */
export function readableGroup(ctx: Context, ref: unknown, organization: boolean): { id: string } {
  requireIdForAuth(ctx, ref, 'Group')
  const columns = 'SELECT id, state, is_organization FROM groups'
  const group = (sql(ctx.db, `${columns} WHERE id = ?`).get(ref) ?? sql(ctx.db, `${columns} WHERE name = ?`).get(ref)) as
    | { id: string; state: string; is_organization: number }
    | undefined
  if (!group || group.is_organization !== (organization ? 1 : 0)) throw new NotFound()
  if (group.state !== 'active' && !hasCapacity(ctx, group.id, 'member')) {
    throw new NotAuthorized(`User ${callerName(ctx)} not authorized to read group ${group.id}`)
  }
  return group
}

/**
 * The user, if user details are readable to the caller; bare 404 when absent.
 * Mirrors CKAN's order: user_show's auth (ckan.auth.public_user_details)
 * refuses before the user is looked up.
 */
export function readableUser(ctx: Context, ref: unknown): { id: string } {
  requireUserDetailsReadable(ctx)
  const user = findUser(ctx.db, ref)
  if (!user) throw new NotFound()
  return user
}
