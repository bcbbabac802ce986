/**
 * Who may do what: CKAN's authz (ckan/authz.py) for organizations, groups and
 * datasets. Rules read as questions; `require…` forms throw CKAN's errors.
 */
import { callerName, isSysadmin, type Context } from '../context.ts'
import { cascadingRole, groupIdsBelow, holdsCascadingRoleAbove } from './hierarchy.ts'
import { sql } from '../db/statements.ts'
import { NotAuthorized } from '../errors.ts'
import { collaborationRows, isCollaborator } from '../collaborators/store.ts'

export type Capacity = 'admin' | 'editor' | 'member'

const rank: Record<string, number> = { member: 1, editor: 2, admin: 3 }

/** The capacity the caller was given in an organization or group (by id), or null. */
function directCapacity(ctx: Context, groupId: string): Capacity | null {
  const row = sql(
    ctx.db,
    "SELECT capacity FROM members WHERE group_id = ? AND table_name = 'user' AND table_id = ? AND state = 'active'",
  ).get(groupId, ctx.user?.id) as { capacity: Capacity } | undefined
  return row?.capacity ?? null
}

/**
 * True when the caller holds at least `needed` in the group (sysadmins always
 * do). An admin of a group above it in a hierarchy is an admin here too, as
 * CKAN's permission check cascades (auth/hierarchy.ts); the hierarchy is read
 * only when the capacity given here falls short.
 */
export function hasCapacity(ctx: Context, groupId: string | null | undefined, needed: Capacity): boolean {
  if (isSysadmin(ctx)) return true
  if (!ctx.user || !groupId) return false
  const held = directCapacity(ctx, groupId)
  if (held !== null && rank[held] >= rank[needed]) return true
  return holdsCascadingRoleAbove(ctx.db, ctx.user.id, groupId)
}

/** The fields of a dataset row that decide who may see or change it. */
export type PackageAccess = {
  id: string
  owner_org: string | null
  private: number | boolean
  state: string
  creator_user_id: string | null
}

/**
 * CKAN's permission labels for a dataset (ckan/lib/plugins.py): active public
 * datasets are 'public'; anything else belongs to its organization's members,
 * or to its creator when unowned.
 */
export function permissionLabels(pkg: PackageAccess): string[] {
  if (pkg.state === 'active' && !pkg.private) return ['public']
  return pkg.owner_org ? [`member-${pkg.owner_org}`] : [`creator-${pkg.creator_user_id}`]
}

/**
 * The labels a dataset activity is recorded with: the dataset's, and while
 * collaborators are allowed, `collaborator-{id}` first, as CKAN's
 * get_dataset_labels gives them (so its collaborators see the row). A
 * deleted dataset's rows are labelled as it was before: CKAN 2.10 labels no
 * activity, so a public dataset's 'deleted package' is shown to everyone in
 * the organization, group, user and dashboard streams (CKAN 2.11's labels
 * would hide it).
 */
export function activityLabels(ctx: Context, pkg: PackageAccess): string[] {
  const labels = permissionLabels(pkg.state === 'deleted' ? { ...pkg, state: 'active' } : pkg)
  if (labels[0] === 'public' || !ctx.config.allowDatasetCollaborators) return labels
  return [`collaborator-${pkg.id}`, ...labels]
}

/**
 * True when collaborators are allowed and the caller collaborates on the
 * dataset, in one of `capacities` if given (CKAN's
 * user_is_collaborator_on_dataset behind its config check).
 */
export function collaboratesOn(ctx: Context, packageId: string, capacities?: readonly string[]): boolean {
  return ctx.config.allowDatasetCollaborators && ctx.user !== null && isCollaborator(ctx.db, ctx.user.id, packageId, capacities)
}

/** The capacities that let a collaborator edit a dataset. */
export const editingCollaborator = ['admin', 'editor'] as const

/**
 * The caller as SQL parameters for a visibility test: @sysadmin (1 or 0) and
 * @labels (their labels as a JSON list), for json_each.
 */
export function readerParams(ctx: Context): { sysadmin: number; labels: string } {
  return { sysadmin: isSysadmin(ctx) ? 1 : 0, labels: JSON.stringify(userLabels(ctx)) }
}

/** The labels the caller holds: public, their own creator label, and member-{org} for each org. */
export function userLabels(ctx: Context): string[] {
  const labels = ['public']
  if (!ctx.user) return labels
  labels.push(`creator-${ctx.user.id}`)
  const orgs = sql(
    ctx.db,
    `SELECT m.group_id, m.capacity FROM members m JOIN groups g ON g.id = m.group_id
     WHERE m.table_name = 'user' AND m.table_id = ? AND m.state = 'active' AND g.is_organization = 1`,
  ).all(ctx.user.id) as { group_id: string; capacity: string }[]
  // Mirrors CKAN, whose labels come from organization_list_for_user: an admin's organizations include those below.
  const ids = new Set<string>()
  for (const { group_id, capacity } of orgs) {
    ids.add(group_id)
    if (capacity === cascadingRole) for (const below of groupIdsBelow(ctx.db, group_id)) ids.add(below)
  }
  for (const id of ids) labels.push(`member-${id}`)
  // Mirrors CKAN: a collaborator holds collaborator-{dataset id} for each of their datasets.
  if (ctx.config.allowDatasetCollaborators) {
    for (const { package_id } of collaborationRows(ctx.db, { userId: ctx.user.id })) labels.push(`collaborator-${package_id}`)
  }
  return labels
}

/** The ids of the datasets the caller's collaborator labels name (none while collaborators are off). */
export function collaboratorDatasetIds(labels: readonly string[]): string[] {
  return labels.filter((label) => label.startsWith('collaborator-')).map((label) => label.slice('collaborator-'.length))
}

/**
 * True when the caller may read the dataset (package_show's rule). Mirrors
 * CKAN: a draft is still being created, so it is for those who may edit it;
 * otherwise members of its organization in any capacity and, where allowed,
 * its collaborators read it. An unowned dataset that is not active (it
 * cannot be private) is for sysadmins and collaborators only.
 */
export function canReadPackage(ctx: Context, pkg: PackageAccess): boolean {
  if (isSysadmin(ctx)) return true
  if (pkg.state.startsWith('draft')) return canEditPackage(ctx, pkg)
  if (pkg.state === 'active' && !pkg.private) return true
  if (!ctx.user) return false
  return (pkg.owner_org !== null && hasCapacity(ctx, pkg.owner_org, 'member')) || collaboratesOn(ctx, pkg.id)
}

/** True when the caller may update (or delete) the dataset: editor of its org, an editing collaborator, or sysadmin. */
export function canEditPackage(ctx: Context, pkg: PackageAccess): boolean {
  return canEditAsOwner(ctx, pkg) || collaboratesOn(ctx, pkg.id, editingCollaborator)
}

/** package_update's first check, on the organization (or the unowned rule), before collaborators are asked. */
export function canEditAsOwner(ctx: Context, pkg: PackageAccess): boolean {
  if (isSysadmin(ctx)) return true
  if (pkg.owner_org) return hasCapacity(ctx, pkg.owner_org, 'editor')
  // Mirrors CKAN: an unowned dataset is for whoever may create datasets.
  return mayCreateDatasets(ctx)
}

/**
 * package_create's first check, which package_update asks again of an
 * unowned dataset: the caller may create datasets in some organization, or
 * anyone may create unowned ones (create_unowned_dataset together with
 * create_dataset_if_not_in_organization; anonymous callers also need
 * anon_create_dataset). Sysadmins pass before this is asked.
 */
export function mayCreateDatasets(ctx: Context): boolean {
  const { config } = ctx
  const unownedForAnyone = config.createUnownedDataset && config.createDatasetIfNotInOrganization
  if (!ctx.user) return unownedForAnyone && config.anonCreateDataset
  return unownedForAnyone || isEditorSomewhere(ctx)
}

/** True when the caller is an editor or admin of some active organization (CKAN's has_user_permission_for_some_org for create_dataset). */
function isEditorSomewhere(ctx: Context): boolean {
  return (
    sql(
      ctx.db,
      `SELECT 1 FROM members m JOIN groups g ON g.id = m.group_id
       WHERE m.table_name = 'user' AND m.table_id = ? AND m.state = 'active'
         AND m.capacity IN ('editor', 'admin') AND g.is_organization = 1 AND g.state = 'active'`,
    ).get(ctx.user?.id) !== undefined
  )
}

/** Throws CKAN's 403 for reading a dataset: "User {name} not authorized to read package {id}". */
export function requireReadPackage(ctx: Context, pkg: PackageAccess): void {
  if (!canReadPackage(ctx, pkg)) throw new NotAuthorized(`User ${callerName(ctx)} not authorized to read package ${pkg.id}`)
}

/** Throws CKAN's 403 for editing a dataset: "User {name} not authorized to edit package {id}". */
export function requireEditPackage(ctx: Context, pkg: PackageAccess): void {
  if (!canEditPackage(ctx, pkg)) throw new NotAuthorized(`User ${callerName(ctx)} not authorized to edit package ${pkg.id}`)
}

/** Throws CKAN's 403 for write actions without an anonymous opt-in. */
export function requireUser(ctx: Context, action: string): void {
  if (!ctx.user) throw new NotAuthorized(`Action ${action} requires an authenticated user`)
}

/** Throws a bare 403 unless the caller is a sysadmin. */
export function requireSysadmin(ctx: Context, detail = ''): void {
  if (!isSysadmin(ctx)) throw new NotAuthorized(detail)
}
