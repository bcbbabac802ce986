/**
 * What CKAN 2.10's dataset collaborator actions share under its default
 * configuration, where `ckan.auth.allow_dataset_collaborators` is false:
 * they check their parameters and the caller as CKAN does, then refuse.
 * Shelfmark has no setting to enable collaborators (see README).
 */
import { isSysadmin, callerName, type Context } from '../../context.ts'
import { hasCapacity } from '../../auth/roles.ts'
import { NotAuthorized, NotFound, ValidationError } from '../../errors.ts'
import { findPackageRow, type PackageRow } from '../../packages/store.ts'

/** CKAN's get_collaborator_capacities while ckan.auth.allow_admin_collaborators is false. */
const capacities = ['editor', 'member']

/** Throws CKAN's refusal while collaborators are disabled. */
export function collaboratorsNotEnabled(): never {
  throw new ValidationError({ message: 'Dataset collaborators not enabled' })
}

/** Mirrors package_collaborator_create's first check: the capacity must be one CKAN allows. */
export function requireCollaboratorCapacity(capacity: unknown): void {
  if (!capacities.includes(capacity as string)) throw new ValidationError({ message: `Role must be one of "${capacities.join(', ')}"` })
}

/**
 * Mirrors the collaborator auth rules (authz.can_manage_collaborators): an
 * admin of the dataset's organization (or of one above it), or the creator of
 * an unowned dataset where unowned datasets are allowed; sysadmins always.
 * CKAN's rule asserts the dataset exists and crashes with a 500 when it does
 * not; here the caller gets the action's own 404 instead.
 */
export function requireManageCollaborators(ctx: Context, ref: unknown, doing: string, missing: string): void {
  if (isSysadmin(ctx)) return
  const pkg = findPackageRow(ctx.db, ref) ?? notFoundFor(missing)
  if (!canManageCollaborators(ctx, pkg)) throw new NotAuthorized(`User ${callerName(ctx)} not authorized to ${doing}`)
}

function canManageCollaborators(ctx: Context, pkg: PackageRow): boolean {
  if (!ctx.user) return false
  if (!pkg.owner_org) return ctx.config.createUnownedDataset && pkg.creator_user_id === ctx.user.id
  // No collaborator rows exist while collaborators are disabled, so no collaborator is an admin.
  return hasCapacity(ctx, pkg.owner_org, 'admin')
}

function notFoundFor(detail: string): never {
  throw new NotFound(detail)
}
