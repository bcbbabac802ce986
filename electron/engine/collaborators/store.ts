/**
 * Dataset collaborators (CKAN's package_member table, migration 0016): a
 * user given 'member', 'editor' or 'admin' rights on one dataset. The rows
 * only count while ckan.auth.allow_dataset_collaborators is on; the auth
 * rules (auth/roles.ts) ask config first, so a site that turns the setting
 * off keeps its rows without them granting anything, as in CKAN.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { ckanNow } from '../time.ts'

/** A package_member row as CKAN's PackageMember.as_dict gives it. */
export type CollaboratorRow = { package_id: string; user_id: string; capacity: string; modified: string }

/** True when the user collaborates on the dataset, in one of `capacities` if given. */
export function isCollaborator(db: Sqlite, userId: string, packageId: string, capacities?: readonly string[]): boolean {
  const row = sql(db, 'SELECT capacity FROM package_members WHERE package_id = ? AND user_id = ?').get(packageId, userId) as
    | { capacity: string }
    | undefined
  return row !== undefined && (!capacities || capacities.includes(row.capacity))
}

/** Adds the user as a collaborator, or changes their capacity; returns the row. */
export function saveCollaborator(db: Sqlite, packageId: string, userId: string, capacity: string): CollaboratorRow {
  const row = { package_id: packageId, user_id: userId, capacity, modified: ckanNow() }
  sql(
    db,
    `INSERT INTO package_members (package_id, user_id, capacity, modified) VALUES (@package_id, @user_id, @capacity, @modified)
     ON CONFLICT (package_id, user_id) DO UPDATE SET capacity = excluded.capacity, modified = excluded.modified`,
  ).run(row)
  return row
}

/** Removes one collaborator; false when the user was none. */
export function removeCollaborator(db: Sqlite, packageId: string, userId: string): boolean {
  return sql(db, 'DELETE FROM package_members WHERE package_id = ? AND user_id = ?').run(packageId, userId).changes > 0
}

/**
 * A dataset's collaborators, or a user's collaborations, in one capacity if
 * given; oldest change first, the order CKAN's unordered query tends to give.
 */
export function collaborationRows(db: Sqlite, of: { packageId: string } | { userId: string }, capacity?: string): CollaboratorRow[] {
  const [column, id, then] = 'packageId' in of ? ['package_id', of.packageId, 'user_id'] : ['user_id', of.userId, 'package_id']
  return sql(
    db,
    `SELECT package_id, user_id, capacity, modified FROM package_members
     WHERE ${column} = ? AND (? IS NULL OR capacity = ?) ORDER BY modified, ${then}`,
  ).all(id, capacity ?? null, capacity ?? null) as CollaboratorRow[]
}

/** Drops every collaboration of a dataset (package_delete) or of a user (user_delete). */
export function dropCollaborators(db: Sqlite, of: { packageId: string } | { userId: string }): void {
  if ('packageId' in of) sql(db, 'DELETE FROM package_members WHERE package_id = ?').run(of.packageId)
  else sql(db, 'DELETE FROM package_members WHERE user_id = ?').run(of.userId)
}
