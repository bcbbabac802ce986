/**
 * The resource_views table (migration 0014): finding, writing and showing
 * views as CKAN's ResourceView model and resource_view_dictize do.
 */
import type { Context } from '../context.ts'
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { resourceWithId } from '../packages/resource-key.ts'
import { newId } from '../time.ts'
import { viewPlugin } from './plugins.ts'

/** A row of resource_views; `position` is CKAN's "order", `config` the plugin's fields as JSON text. */
export type ViewRow = {
  id: string
  resource_id: string
  title: string | null
  description: string | null
  view_type: string
  position: number
  config: string
}

/** A view as the API returns it: the row without its order, its config laid over it, and its dataset's id. */
export type ViewDict = Record<string, unknown> & { id: string; resource_id: string; view_type: string; package_id: string }

/** The view with this id, or undefined. */
export function findView(db: Sqlite, id: unknown): ViewRow | undefined {
  if (typeof id !== 'string') return undefined
  return sql(db, 'SELECT * FROM resource_views WHERE id = ?').get(id) as ViewRow | undefined
}

/** A resource's views in their order (ties, which CKAN leaves to the database, by insertion). */
export function viewsOfResource(db: Sqlite, resourceId: string): ViewRow[] {
  return sql(db, 'SELECT * FROM resource_views WHERE resource_id = ? ORDER BY position, rowid').all(resourceId) as ViewRow[]
}

/** Mirrors resource_view_dictize (key order too: columns, then config, then package_id). */
export function dictizeView(db: Sqlite, row: ViewRow): ViewDict {
  const resource = sql(db, `SELECT package_id FROM resources WHERE ${resourceWithId}`).get({ id: row.resource_id }) as
    | { package_id: string }
    | undefined
  return {
    id: row.id,
    resource_id: row.resource_id,
    title: row.title,
    description: row.description,
    view_type: row.view_type,
    ...(JSON.parse(row.config) as Record<string, unknown>),
    package_id: resource?.package_id ?? null,
  } as ViewDict
}

/** The validated fields of a view: the plugin's own go to its config, in navl's (sorted) key order. */
export type ViewFields = {
  resource_id?: string
  title?: string
  description?: string
  config: Record<string, unknown>
}

/** A new view at the end of its resource's views (CKAN: the last order + 1, or 0 for the first). */
export function insertView(ctx: Context, viewType: string, fields: ViewFields & { resource_id: string }): ViewRow {
  const last = sql(ctx.db, 'SELECT max(position) AS position FROM resource_views WHERE resource_id = ?').get(fields.resource_id) as {
    position: number | null
  }
  const row: ViewRow = {
    id: newId(),
    resource_id: fields.resource_id,
    title: fields.title ?? null,
    description: fields.description ?? null,
    view_type: viewType,
    position: last.position === null ? 0 : last.position + 1,
    config: JSON.stringify(fields.config),
  }
  sql(
    ctx.db,
    `INSERT INTO resource_views (id, resource_id, title, description, view_type, position, config)
     VALUES (@id, @resource_id, @title, @description, @view_type, @position, @config)`,
  ).run(row)
  return row
}

/** Mirrors resource_view_dict_save on an existing view: fields sent replace theirs, the config is replaced whole. */
export function updateView(ctx: Context, row: ViewRow, fields: ViewFields): ViewRow {
  const next: ViewRow = {
    ...row,
    resource_id: fields.resource_id ?? row.resource_id,
    title: fields.title ?? row.title,
    description: fields.description ?? row.description,
    config: JSON.stringify(fields.config),
  }
  sql(
    ctx.db,
    'UPDATE resource_views SET resource_id = @resource_id, title = @title, description = @description, config = @config WHERE id = @id',
  ).run(next)
  return next
}

/** The view types a resource has, among those a loaded plugin shows (as resource_view_list filters them). */
export function shownViewsOfResource(db: Sqlite, resourceId: string): ViewRow[] {
  return viewsOfResource(db, resourceId).filter((row) => viewPlugin(row.view_type) !== undefined)
}
