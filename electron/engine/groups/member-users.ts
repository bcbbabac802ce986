/**
 * The `users` list of an organization or group: user dicts with the member's
 * capacity, as CKAN's user_list_dictize builds them inside group_dictize.
 */
import type { Context, UserRow } from '../context.ts'
import { sql } from '../db/statements.ts'
import { dictizeUser } from '../users/dictize.ts'

/**
 * A user's public dict plus `capacity`, in CKAN's sorted key order. Never the
 * email or apikey, even for sysadmins (062); public active datasets only are
 * counted, as in group_dictize.
 */
export function memberUserDict(ctx: Context, user: UserRow, capacity: string): Record<string, unknown> {
  const dict: Record<string, unknown> = { ...dictizeUser(ctx, user), capacity }
  delete dict.email
  delete dict.apikey
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(dict).sort()) sorted[key] = dict[key]
  return sorted
}

/** The active users of a group with their capacities, sorted by name (CKAN's user_list_dictize). */
export function memberUsers(ctx: Context, groupId: string): Record<string, unknown>[] {
  const rows = sql(
    ctx.db,
    `SELECT u.*, m.capacity AS member_capacity FROM members m JOIN users u ON u.id = m.table_id
     WHERE m.group_id = ? AND m.table_name = 'user' AND m.state = 'active' ORDER BY u.name`,
  ).all(groupId) as (UserRow & { member_capacity: string })[]
  return rows.map(({ member_capacity, ...row }) => memberUserDict(ctx, row, member_capacity))
}
