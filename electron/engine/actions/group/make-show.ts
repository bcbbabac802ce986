/**
 * organization_show and group_show share CKAN's _group_or_org_show: the row
 * must exist and be of the asked kind (else a bare 404), then group_show's auth.
 */
import { callerName, type Context } from '../../context.ts'
import type { ActionDefinition } from '../../define-action.ts'
import { hasCapacity } from '../../auth/roles.ts'
import { NotAuthorized, notFound, ValidationError } from '../../errors.ts'
import { flag, readShowFlags, showGroup } from '../../groups/show.ts'
import { findGroupRow, type GroupRow } from '../../groups/store.ts'
import { kindOf, showHelp } from './help-texts.ts'

/** The row an org (isOrg) or group action names by `id`; a group given to an org action is not found. */
export function findKind(ctx: Context, id: unknown, isOrg: boolean): GroupRow {
  if (id === undefined) throw new ValidationError({ id: ['Missing value'] }) // CKAN's _get_or_bust
  const row = findGroupRow(ctx.db, id) ?? notFound()
  if (Boolean(row.is_organization) !== isOrg) notFound()
  return row
}

/**
 * Mirrors CKAN's group_show auth: an active group is public unless user
 * details are private and users are asked for; otherwise members and
 * sysadmins only.
 */
export function requireShowGroup(ctx: Context, row: GroupRow, params: Record<string, unknown>): void {
  const asksUsers = flag(params, 'include_users', false) || params.object_type === 'user'
  if (row.state === 'active' && (ctx.config.publicUserDetails || !asksUsers)) return
  if (hasCapacity(ctx, row.id, 'member')) return
  throw new NotAuthorized(`User ${callerName(ctx)} not authorized to read group ${row.id}`)
}

/** The definition of organization_show (isOrg) or group_show. */
export function makeShow(isOrg: boolean): Omit<ActionDefinition, 'name'> {
  return {
    readOnly: true,
    help: showHelp(kindOf(isOrg)),
    auth(ctx, params) {
      if (params.id === undefined) throw new ValidationError({ id: ['Missing value'] }) // CKAN's _get_or_bust
      readShowFlags(ctx, params) // an unreadable flag is a 409 before the lookup, as in CKAN
      requireShowGroup(ctx, findKind(ctx, params.id, isOrg), params)
    },
    run(ctx, params) {
      return showGroup(ctx, findKind(ctx, params.id, isOrg), params)
    },
  }
}
