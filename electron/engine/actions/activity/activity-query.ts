/**
 * Reads activity rows as CKAN's activity model does: newest first, paged,
 * filtered by time, type and the reader's permission labels.
 */
import { decodeActivityData } from '../../activity/record.ts'
import { unpackJson } from '../../db/packed-json.ts'
import { withUploadUrls, type PackageDict } from '../../packages/store.ts'
import type { Context } from '../../context.ts'
import { readerParams } from '../../auth/roles.ts'

/** An activity as the *_activity_list actions return it (070–072; no revision_id). */
export type ActivityDict = {
  id: string
  timestamp: string
  user_id: string | null
  object_id: string
  activity_type: string
  data: Record<string, unknown>
}

type ActivityRow = Omit<ActivityDict, 'data'> & { data: Buffer | string; package_data: Buffer | string | null }

/**
 * The columns an activity row is read with, as `a`: a dataset activity still
 * sharing its dataset's current dict (migration 0008) reads it from packages.
 */
export const activityColumns = `a.id, a.timestamp, a.user_id, a.object_id, a.activity_type, a.data,
  CASE WHEN a.package_pending = 1 THEN (SELECT p.data FROM packages p WHERE p.id = a.object_id) ELSE a.package_data END
    AS package_data`

/** Which activities to read, and which page of them. */
export type ActivityQuery = {
  /** Which rows: a fixed SQL condition over `a` using only named parameters. */
  where: string
  params?: Record<string, unknown>
  limit: number
  offset: number
  before?: string
  after?: string
  types?: string[]
  excludeTypes?: string[]
}

/** The dict of a stored row. */
export function activityDict(ctx: Context, row: ActivityRow): ActivityDict {
  return {
    id: row.id,
    timestamp: row.timestamp,
    user_id: row.user_id,
    object_id: row.object_id,
    activity_type: row.activity_type,
    data: activityData(ctx, row),
  }
}

/**
 * A row's data. A dataset activity's dict is kept apart from the rest of its
 * data (migration 0008): the stored dict, completed with the organization and
 * groups as they were then and with uploads' URLs.
 */
function activityData(ctx: Context, row: ActivityRow): Record<string, unknown> {
  const data = decodeActivityData(row.data)
  if (row.package_data === null) return data
  const dict = unpackJson(row.package_data) as PackageDict
  dict.organization = data.organization
  dict.groups = data.groups
  // Rows recorded while the dataset had relationships keep them (write-package.ts); others had none.
  if (data.relationships_as_subject) dict.relationships_as_subject = data.relationships_as_subject
  if (data.relationships_as_object) dict.relationships_as_object = data.relationships_as_object
  return { package: withUploadUrls(ctx, row.object_id, dict), actor: data.actor }
}

/**
 * True (as SQL) when the reader may see the row: sysadmins see everything,
 * others need one of the row's permission labels (CKAN 2.11's rule). Binds
 * auth/roles.ts readerParams.
 */
export const visibleToReader =
  "(@sysadmin = 1 OR EXISTS (SELECT 1 FROM json_each(@labels) l WHERE instr(' ' || a.permission_labels || ' ', ' ' || l.value || ' ') > 0))"

/**
 * Runs the query. Mirrors CKAN: `after` without `before` takes the oldest
 * rows after that moment (then shows them newest first), so paging forward
 * in time works.
 */
export function listActivities(ctx: Context, query: ActivityQuery): ActivityDict[] {
  const conditions = [`(${query.where})`, visibleToReader]
  // Mirrors CKAN's `if limit:`: a limit of 0 means no limit.
  const params: Record<string, unknown> = {
    ...query.params,
    ...readerParams(ctx),
    limit: query.limit || -1,
    offset: query.offset,
  }
  if (query.after) {
    conditions.push('a.timestamp > @after')
    params.after = query.after
  }
  if (query.before) {
    conditions.push('a.timestamp < @before')
    params.before = query.before
  }
  if (query.types?.length) {
    conditions.push('a.activity_type IN (SELECT value FROM json_each(@types))')
    params.types = JSON.stringify(query.types)
  } else if (query.excludeTypes?.length) {
    conditions.push('a.activity_type NOT IN (SELECT value FROM json_each(@excludeTypes))')
    params.excludeTypes = JSON.stringify(query.excludeTypes)
  }
  const oldestFirst = Boolean(query.after && !query.before)
  const direction = oldestFirst ? 'ASC' : 'DESC'
  // Every fragment above is fixed text; request values travel only as parameters.
  const rows = ctx.db
    .prepare(
      `SELECT ${activityColumns} FROM activities a
       WHERE ${conditions.join(' AND ')}
       ORDER BY a.timestamp ${direction}, a.seq ${direction} LIMIT @limit OFFSET @offset`,
    )
    .all(params) as ActivityRow[]
  if (oldestFirst) rows.reverse()
  return rows.map((row) => activityDict(ctx, row))
}

/** The paging, time and type parameters of a validated request, as a query. */
export function pageOf(data: Record<string, unknown>): Omit<ActivityQuery, 'where' | 'params'> {
  return {
    limit: data.limit as number,
    offset: data.offset as number,
    before: data.before as string | undefined,
    after: data.after as string | undefined,
    types: data.activity_types as string[] | undefined,
    excludeTypes: data.exclude_activity_types as string[] | undefined,
  }
}
