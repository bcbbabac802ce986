/**
 * Who may do what to an organization or group, with CKAN's messages
 * (ckan/logic/auth/{create,update,delete,get}.py and authz's role table).
 */
import { callerName, isSysadmin, type Context } from '../context.ts'
import { hasCapacity, requireUser } from '../auth/roles.ts'
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

/**
 * Throws CKAN's 403 unless the caller is an admin of the group (or a
 * sysadmin): the 'update' permission. The message names the kind of the
 * action (organization_update's says "organization" whatever the row is).
 */
export function requireUpdateGroup(ctx: Context, row: GroupRow, kind = kindOf(row)): void {
  if (!hasCapacity(ctx, row.id, 'admin')) {
    throw new NotAuthorized(`User ${callerName(ctx)} not authorized to edit ${kind} ${row.id}`)
  }
}

/**
 * Throws CKAN's 403 unless the caller may delete the group: its admins (where
 * ckan.auth.user_delete_organizations / user_delete_groups allow, as by
 * default) and sysadmins. The setting and the message follow the kind of the
 * action, as CKAN's organization_delete and group_delete auth functions do.
 */
export function requireDeleteGroup(ctx: Context, row: GroupRow, kind = kindOf(row)): void {
  if (isSysadmin(ctx)) return
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

/**
 * Throws the 403 CKAN gives on purge: an anonymous caller gets the
 * "requires an authenticated user" of every non-read auth function, any
 * other non-sysadmin the bare one.
 */
export function requirePurge(ctx: Context, action: string): void {
  requireUser(ctx, action)
  if (!isSysadmin(ctx)) throw new NotAuthorized()
}
