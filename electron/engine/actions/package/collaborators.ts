/**
 * What CKAN 2.10's dataset collaborator actions share: the capacities
 * allowed, the "not enabled" refusal while ckan.auth.allow_dataset_collaborators
 * is off (its default), and who may manage a dataset's collaborators
 * (authz.can_manage_collaborators).
 */
import { isSysadmin, callerName, type Context } from '../../context.ts'
import { collaboratesOn, hasCapacity } from '../../auth/roles.ts'
import { NotAuthorized, notFound, ValidationError } from '../../errors.ts'
import { findPackageRow, type PackageRow } from '../../packages/store.ts'

/** CKAN's get_collaborator_capacities: 'admin' too when ckan.auth.allow_admin_collaborators is on. */
export function collaboratorCapacities(ctx: Context): string[] {
  return ctx.config.allowAdminCollaborators ? ['admin', 'editor', 'member'] : ['editor', 'member']
}

/** Throws CKAN's refusal unless collaborators are enabled. */
export function requireCollaboratorsEnabled(ctx: Context): void {
  if (!ctx.config.allowDatasetCollaborators) throw new ValidationError({ message: 'Dataset collaborators not enabled' })
}

/** package_collaborator_create's first check: the capacity must be one CKAN allows. */
export function requireCollaboratorCapacity(ctx: Context, capacity: unknown): void {
  const allowed = collaboratorCapacities(ctx)
  if (!allowed.includes(capacity as string)) throw new ValidationError({ message: `Role must be one of "${allowed.join(', ')}"` })
}

/** The list actions' optional capacity filter: CKAN's "Capacity must be one of" for any other. */
export function capacityFilter(ctx: Context, capacity: unknown): string | undefined {
  if (capacity === undefined || capacity === null || capacity === '') return undefined
  const allowed = collaboratorCapacities(ctx)
  if (!allowed.includes(capacity as string)) throw new ValidationError({ message: `Capacity must be one of "${allowed.join(', ')}"` })
  return capacity as string
}

/**
 * Mirrors the collaborator auth rules (authz.can_manage_collaborators): an
 * admin of the dataset's organization (or of one above it), an 'admin'
 * collaborator, or the creator of an unowned dataset while
 * create_unowned_dataset and create_dataset_if_not_in_organization are both
 * on; sysadmins always. CKAN's rule asserts the dataset exists and
 * crashes with a 500 when it does not; here the caller gets the action's own
 * 404 instead.
 */
export function requireManageCollaborators(ctx: Context, ref: unknown, doing: string, missing: string): void {
  if (isSysadmin(ctx)) return
  const pkg = findPackageRow(ctx.db, ref) ?? notFound(missing)
  if (!canManageCollaborators(ctx, pkg)) throw new NotAuthorized(`User ${callerName(ctx)} not authorized to ${doing}`)
}

function canManageCollaborators(ctx: Context, pkg: PackageRow): boolean {
  if (!ctx.user) return false
  const { createUnownedDataset, createDatasetIfNotInOrganization } = ctx.config
  if (!pkg.owner_org && createUnownedDataset && createDatasetIfNotInOrganization && pkg.creator_user_id === ctx.user.id) return true
  if (hasCapacity(ctx, pkg.owner_org, 'admin')) return true
  return collaboratesOn(ctx, pkg.id, ['admin'])
}
