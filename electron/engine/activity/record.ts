/**
 * Writes CKAN-shaped activity rows, inside the action's transaction. The sync
 * module reads the same rows to know what changed locally.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { Context } from '../context.ts'
import { sql } from '../db/statements.ts'
import { ckanNow, newId } from '../time.ts'

export type ActivityInput = {
  objectId: string
  /** CKAN's types: 'new package', 'changed package', 'deleted package', 'new organization', … */
  type: string
  data: Record<string, unknown>
  /** Who may read the row (see auth/roles.ts permissionLabels); default public. */
  permissionLabels?: string[]
  /** Organizations and groups the object belongs to, for organization/group activity lists. */
  groupIds?: string[]
  timestamp?: string
}

/** Records one activity row; returns its id. */
export function recordActivity(ctx: Context, input: ActivityInput): string {
  const id = newId()
  const seq = ((sql(ctx.db, 'SELECT max(seq) AS seq FROM activities').get() as { seq: number | null }).seq ?? 0) + 1
  sql(
    ctx.db,
    `INSERT INTO activities (id, seq, timestamp, user_id, object_id, activity_type, data, permission_labels, group_ids)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    seq,
    input.timestamp ?? ckanNow(),
    ctx.user?.id ?? null,
    input.objectId,
    input.type,
    encodeActivityData({ ...input.data, actor: ctx.user?.name ?? null }),
    (input.permissionLabels ?? ['public']).join(' '),
    (input.groupIds ?? []).join(' '),
  )
  return id
}

/**
 * Activity data as stored. A dataset activity holds the whole dataset dict,
 * so uncompressed the activity table alone would double the catalog's size:
 * such data is deflated (about fourfold, ~0.1 ms a write). Small data (an
 * organization's row, a sync summary) stays plain JSON text, where deflating
 * costs more than it saves.
 */
export function encodeActivityData(data: Record<string, unknown>): Buffer | string {
  const text = JSON.stringify(data)
  return text.length < deflateFrom ? text : deflateRawSync(text)
}

/** JSON this long or longer is deflated. */
const deflateFrom = 1024

/** The data of a stored activity row (deflated JSON, or plain JSON text from older rows). */
export function decodeActivityData(stored: Buffer | string): Record<string, unknown> {
  const text = typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8')
  return JSON.parse(text) as Record<string, unknown>
}
