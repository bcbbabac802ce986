/**
 * Rows of the groups table (organizations and groups share it and its name
 * space, as in CKAN) and the lookups every group action needs.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'

/** A row of the groups table. `extras` and `custom` hold JSON text. */
export type GroupRow = {
  id: string
  name: string
  title: string | null
  description: string | null
  image_url: string | null
  type: string
  is_organization: number
  approval_status: string
  state: string
  created: string
  extras: string
  custom: string
}

/** An extra as CKAN stores it on a group. */
export type GroupExtra = { key: string; value: unknown }

/** The group or organization with this id, or else this name (CKAN tries the id first); any state. */
export function findGroupRow(db: Sqlite, idOrName: unknown): GroupRow | undefined {
  if (typeof idOrName !== 'string' || idOrName === '') return undefined
  return (sql(db, 'SELECT * FROM groups WHERE id = ?').get(idOrName) ??
    sql(db, 'SELECT * FROM groups WHERE name = ?').get(idOrName)) as GroupRow | undefined
}

/** True when another group or organization, in any state, already has this name. */
export function isGroupNameTaken(db: Sqlite, name: string, exceptId?: string): boolean {
  const row = sql(db, 'SELECT id FROM groups WHERE name = ?').get(name) as { id: string } | undefined
  return row !== undefined && row.id !== exceptId
}

/** True when a group or organization with this id exists (any state). */
export function isGroupIdTaken(db: Sqlite, id: string): boolean {
  return sql(db, 'SELECT 1 FROM groups WHERE id = ?').get(id) !== undefined
}

/** Inserts a new row. */
export function insertGroupRow(db: Sqlite, row: GroupRow): void {
  sql(
    db,
    `INSERT INTO groups (id, name, title, description, image_url, type, is_organization, approval_status,
       state, created, extras, custom)
     VALUES (@id, @name, @title, @description, @image_url, @type, @is_organization, @approval_status,
       @state, @created, @extras, @custom)`,
  ).run(row)
}

/** Writes every column but id and created. */
export function updateGroupRow(db: Sqlite, row: GroupRow): void {
  sql(
    db,
    `UPDATE groups SET name = @name, title = @title, description = @description, image_url = @image_url,
       type = @type, is_organization = @is_organization, approval_status = @approval_status, state = @state,
       extras = @extras, custom = @custom
     WHERE id = @id`,
  ).run(row)
}

/** Sets a group's state (soft delete). */
export function setGroupState(db: Sqlite, id: string, state: string): void {
  sql(db, 'UPDATE groups SET state = ? WHERE id = ?').run(state, id)
}

/** Removes a group and, by cascade, every membership row pointing into it. */
export function deleteGroupRow(db: Sqlite, id: string): void {
  sql(db, "DELETE FROM members WHERE table_name = 'group' AND table_id = ?").run(id)
  sql(db, 'DELETE FROM groups WHERE id = ?').run(id)
}

/** The extras list stored on a row. */
export function extrasOf(row: GroupRow): GroupExtra[] {
  return JSON.parse(row.extras) as GroupExtra[]
}

/** The custom fields a portal sent, stored on a row. */
export function customOf(row: GroupRow): Record<string, unknown> {
  return JSON.parse(row.custom) as Record<string, unknown>
}
