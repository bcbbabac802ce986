/**
 * CKAN's member table: users in organizations and groups (capacity admin,
 * editor or member), datasets in groups (table_name 'package'), groups
 * linked to groups (table_name 'group') and tags (table_name 'tag').
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { newId } from '../time.ts'

/** A membership row, in the shape member_create returns (CKAN's member_dictize). */
export type MemberRow = {
  id: string
  table_name: string
  table_id: string
  capacity: string
  group_id: string
  state: string
}

/** The object types member_create accepts, as CKAN's model_name_to_class does. */
export type MemberObjectType = 'user' | 'package' | 'group' | 'tag'

/** The membership of one object in one group, in any state. */
export function findMember(db: Sqlite, groupId: string, tableName: string, tableId: string): MemberRow | undefined {
  return sql(
    db,
    'SELECT id, table_name, table_id, capacity, group_id, state FROM members WHERE group_id = ? AND table_name = ? AND table_id = ?',
  ).get(groupId, tableName, tableId) as MemberRow | undefined
}

/**
 * Creates the membership, or reactivates it and sets its capacity (CKAN's
 * member_create is an upsert). Returns the row as stored.
 */
export function upsertMember(
  db: Sqlite,
  groupId: string,
  tableName: string,
  tableId: string,
  capacity: string,
): MemberRow {
  const existing = findMember(db, groupId, tableName, tableId)
  if (existing) {
    sql(db, "UPDATE members SET capacity = ?, state = 'active' WHERE id = ?").run(capacity, existing.id)
    return { ...existing, capacity, state: 'active' }
  }
  const row: MemberRow = { id: newId(), table_name: tableName, table_id: tableId, capacity, group_id: groupId, state: 'active' }
  sql(
    db,
    'INSERT INTO members (id, table_name, table_id, capacity, group_id, state) VALUES (@id, @table_name, @table_id, @capacity, @group_id, @state)',
  ).run(row)
  return row
}

/** Removes one membership (CKAN marks it deleted; nothing reads deleted rows, so we drop it). */
export function removeMember(db: Sqlite, groupId: string, tableName: string, tableId: string): void {
  sql(db, 'DELETE FROM members WHERE group_id = ? AND table_name = ? AND table_id = ?').run(groupId, tableName, tableId)
}

/** Removes every membership of one kind in a group (update's list replacement, delete). */
export function removeMembersOfKind(db: Sqlite, groupId: string, tableName: string): void {
  sql(db, 'DELETE FROM members WHERE group_id = ? AND table_name = ?').run(groupId, tableName)
}

/** Active memberships of a group, optionally of one object type and capacity, oldest first. */
export function listMembers(db: Sqlite, groupId: string, tableName?: string, capacity?: string): MemberRow[] {
  return sql(
    db,
    `SELECT id, table_name, table_id, capacity, group_id, state FROM members
     WHERE group_id = @groupId AND state = 'active'
       AND (@tableName IS NULL OR table_name = @tableName) AND (@capacity IS NULL OR capacity = @capacity)
     ORDER BY rowid`,
  ).all({ groupId, tableName: tableName ?? null, capacity: capacity ?? null }) as MemberRow[]
}
