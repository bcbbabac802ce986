/**
 * Writes CKAN-shaped activity rows, inside the action's transaction. The sync
 * module reads the same rows to know what changed locally.
 */
import type { Context } from '../context.ts'
import { packJsonText, unpackJson } from '../db/packed-json.ts'
import { sql } from '../db/statements.ts'
import { ckanNow, newOrderedId } from '../time.ts'

export type ActivityInput = {
  objectId: string
  /** CKAN's types: 'new package', 'changed package', 'deleted package', 'new organization', … */
  type: string
  data: Record<string, unknown>
  /** Who may read the row (see auth/roles.ts permissionLabels); default public. */
  permissionLabels?: string[]
  timestamp?: string
  /**
   * A dataset activity whose dataset dict is the one packages.data now holds:
   * the row then stores no copy of it (only `data`: the parts composed from
   * other tables) until the dataset is next written, when a trigger copies the
   * old dict into it (migration 0008). Readers put the two together
   * (actions/activity/activity-query.ts).
   */
  sharesPackageData?: boolean
  /** Who did it, when not the caller: activity_create names them. */
  userId?: string
  /** Stores `data` as given, with no actor added: activity_create's data is the caller's own. */
  verbatim?: boolean
}

/** Records one activity row; returns its id. */
export function recordActivity(ctx: Context, input: ActivityInput): string {
  const id = newOrderedId()
  const seq = ((sql(ctx.db, 'SELECT max(seq) AS seq FROM activities').get() as { seq: number | null }).seq ?? 0) + 1
  sql(
    ctx.db,
    `INSERT INTO activities (id, seq, timestamp, user_id, object_id, activity_type, data, permission_labels, package_pending)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    seq,
    input.timestamp ?? ckanNow(),
    input.userId ?? ctx.user?.id ?? null,
    input.objectId,
    input.type,
    // CKAN names the actor in dataset activities only; a group's holds {group}, a user's nothing.
    encodeActivityData(!input.verbatim && input.type.endsWith(' package') ? { ...input.data, actor: ctx.user?.name ?? null } : input.data),
    (input.permissionLabels ?? ['public']).join(' '),
    input.sharesPackageData ? 1 : 0,
  )
  return id
}

/**
 * Activity data as stored (packed-json.ts): deflated when long, such as a
 * whole dataset dict in rows written before migration 0008; small data (an
 * organization's row, a sync summary) stays plain JSON text.
 */
export function encodeActivityData(data: Record<string, unknown>): Buffer | string {
  return packJsonText(JSON.stringify(data))
}

/** The data of a stored activity row (deflated JSON, or plain JSON text). */
export function decodeActivityData(stored: Buffer | string): Record<string, unknown> {
  return unpackJson(stored) as Record<string, unknown>
}
