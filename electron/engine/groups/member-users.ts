/**
 * The `users` list of an organization or group: user dicts with the member's
 * capacity, as CKAN's user_list_dictize builds them inside group_dictize.
 */
import { createHash } from 'node:crypto'
import type { Context, UserRow } from '../context.ts'
import { sql } from '../db/statements.ts'

/**
 * A user's public dict plus `capacity`. Never the email, even for sysadmins
 * (062), and, as in group_dictize, public active datasets only are counted.
 */
export function memberUserDict(ctx: Context, user: UserRow, capacity: string): Record<string, unknown> {
  const created = sql(
    ctx.db,
    "SELECT count(*) AS n FROM packages WHERE creator_user_id = ? AND state = 'active' AND private = 0",
  ).get(user.id) as { n: number }
  return {
    about: user.about,
    activity_streams_email_notifications: user.activity_streams_email_notifications === 1,
    capacity,
    created: user.created,
    display_name: user.fullname || user.name,
    email_hash: createHash('md5').update((user.email ?? '').trim().toLowerCase()).digest('hex'),
    fullname: user.fullname,
    id: user.id,
    image_display_url: user.image_url,
    image_url: user.image_url,
    last_active: user.last_active,
    name: user.name,
    number_created_packages: created.n,
    state: user.state,
    sysadmin: user.sysadmin === 1,
  }
}

/** The active users of a group with their capacities, sorted by name (CKAN's user_list_dictize). */
export function memberUsers(ctx: Context, groupId: string): Record<string, unknown>[] {
  const rows = sql(
    ctx.db,
    `SELECT u.*, m.capacity AS member_capacity FROM members m JOIN users u ON u.id = m.table_id
     WHERE m.group_id = ? AND m.table_name = 'user' AND m.state = 'active' ORDER BY u.name`,
  ).all(groupId) as (UserRow & { member_capacity: string })[]
  return rows.map((row) => memberUserDict(ctx, row, row.member_capacity))
}
