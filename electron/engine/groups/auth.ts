/**
 * Who may do what to an organization or group, with CKAN's messages
 * (ckan/logic/auth/{create,update,delete,get}.py and authz's role table).
 */
import { callerName, isSysadmin, type Context } from '../context.ts'
import { hasCapacity } from '../auth/roles.ts'
import { NotAuthorized } from '../errors.ts'
import type { GroupRow } from './store.ts'

/** The word CKAN's messages use for the row: "organization" or "group". */
export function kindOf(row: GroupRow | { is_organization: number }): 'organization' | 'group' {
  return row.is_organization ? 'organization' : 'group'
}

/** True when the caller may read the group (active ones: anyone; others: its members and sysadmins). */
export function canReadGroup(ctx: Context, row: GroupRow): boolean {
  return row.state === 'active' || hasCapacity(ctx, row.id, 'member')
}

/** Throws CKAN's 403 unless the caller may read the group. */
export function requireReadGroup(ctx: Context, row: GroupRow): void {
  if (!canReadGroup(ctx, row)) {
    throw new NotAuthorized(`User ${callerName(ctx)} not authorized to read ${kindOf(row)} ${row.id}`)
  }
}

/** Throws CKAN's 403 unless the caller is an admin of the group (or a sysadmin): the 'update' permission. */
export function requireUpdateGroup(ctx: Context, row: GroupRow): void {
  if (!hasCapacity(ctx, row.id, 'admin')) {
    throw new NotAuthorized(`User ${callerName(ctx)} not authorized to edit ${kindOf(row)} ${row.id}`)
  }
}

/**
 * Throws CKAN's 403 unless the caller may delete the group: its admins (where
 * ckan.auth.user_delete_organizations / user_delete_groups allow, as by
 * default) and sysadmins.
 */
export function requireDeleteGroup(ctx: Context, row: GroupRow): void {
  if (isSysadmin(ctx)) return
  const kind = kindOf(row)
  if (!(kind === 'organization' ? ctx.config.userDeleteOrganizations : ctx.config.userDeleteGroups)) {
    throw new NotAuthorized(`User ${callerName(ctx)} not authorized to delete ${kind}s`)
  }
  if (!hasCapacity(ctx, row.id, 'admin')) {
    throw new NotAuthorized(`User ${callerName(ctx)} not authorized to delete ${kind} ${row.id}`)
  }
}

/** Throws CKAN's 403 unless the caller may manage the group's users (the 'membership' permission: admin). */
export function requireManageMembers(ctx: Context, row: GroupRow | undefined): void {
  if (isSysadmin(ctx)) return // sysadmins pass even for a group that does not exist (the schema reports it)
  if (!row || !hasCapacity(ctx, row.id, 'admin')) {
    throw new NotAuthorized(`User ${callerName(ctx)} not authorized to add members`)
  }
}

/** Throws the bare 403 CKAN gives non-sysadmins on purge. */
export function requirePurge(ctx: Context): void {
  if (!isSysadmin(ctx)) throw new NotAuthorized()
}
