/**
 * The groups listed in a dataset dict (`groups: [{name} | {id}]`): CKAN's
 * _check_group_auth before the write, package_membership_list_save after it.
 * Memberships are members rows with table_name 'package', capacity 'public'.
 */
import { callerName, isSysadmin, type Context } from '../context.ts'
import { hasCapacity } from '../auth/roles.ts'
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { NotAuthorized, notFound } from '../errors.ts'
import { findGroupRow, type GroupRow } from '../groups/store.ts'
import { newId } from '../time.ts'
import { isDict } from './check-structure.ts'

/**
 * CKAN's _check_group_auth: every group listed (other than those the dataset
 * is already in) must exist (404 "Group was not found.") and the caller must
 * be allowed to add datasets to it (any capacity in the group). It lives in
 * the package auth functions, which CKAN skips for sysadmins: their unknown
 * groups are left out when the memberships are saved (groupIdsOf).
 */
export function requireGroupsEditable(ctx: Context, groups: unknown, currentGroupIds: string[] = []): void {
  if (!Array.isArray(groups) || isSysadmin(ctx)) return
  const rows: GroupRow[] = []
  for (const blob of groups) {
    const ref = isDict(blob) ? blob.id || blob.name : blob
    if (!ref) continue
    rows.push(findGroupRow(ctx.db, String(ref)) ?? notFound('Group was not found.'))
  }
  for (const row of rows) {
    if (currentGroupIds.includes(row.id)) continue
    if (!hasCapacity(ctx, row.id, 'member')) {
      throw new NotAuthorized(`User ${callerName(ctx)} not authorized to edit these groups`)
    }
  }
}

/** The ids of the groups (not organizations) a dataset dict lists: by `id` when given, else by `name`. */
export function groupIdsOf(db: Sqlite, groups: unknown): string[] {
  if (!Array.isArray(groups)) return []
  const ids: string[] = []
  for (const blob of groups) {
    if (!isDict(blob) || blob.capacity === 'organization') continue
    const row = blob.id
      ? (sql(db, 'SELECT id, is_organization FROM groups WHERE id = ?').get(String(blob.id)) as GroupRow | undefined)
      : (sql(db, 'SELECT id, is_organization FROM groups WHERE name = ?').get(String(blob.name)) as GroupRow | undefined)
    if (row && row.is_organization === 0 && !ids.includes(row.id)) ids.push(row.id)
  }
  return ids
}

/**
 * Makes the dataset a member of exactly `groupIds`, as far as the caller may
 * touch them: CKAN leaves alone the memberships of groups the caller cannot
 * read (has no capacity in).
 */
export function saveGroupMemberships(ctx: Context, packageId: string, groupIds: string[], isNew: boolean): void {
  const current = isNew
    ? []
    : (sql(
        ctx.db,
        `SELECT m.id, m.group_id, m.state FROM members m JOIN groups g ON g.id = m.group_id
         WHERE m.table_name = 'package' AND m.table_id = ? AND g.is_organization = 0`,
      ).all(packageId) as { id: string; group_id: string; state: string }[])
  for (const member of current) {
    if (member.state === 'active' && !groupIds.includes(member.group_id) && hasCapacity(ctx, member.group_id, 'member')) {
      sql(ctx.db, "UPDATE members SET state = 'deleted' WHERE id = ?").run(member.id)
    }
  }
  for (const groupId of groupIds) {
    const member = current.find((row) => row.group_id === groupId)
    if (member?.state === 'active' || !hasCapacity(ctx, groupId, 'member')) continue
    if (member) sql(ctx.db, "UPDATE members SET state = 'active', capacity = 'public' WHERE id = ?").run(member.id)
    else {
      sql(
        ctx.db,
        `INSERT INTO members (id, table_name, table_id, group_id, capacity, state)
         VALUES (?, 'package', ?, ?, 'public', 'active')`,
      ).run(newId(), packageId, groupId)
    }
  }
}
