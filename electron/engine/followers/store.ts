/**
 * Reads and writes of the followers tables, as CKAN's ModelFollowingModel
 * does: a row counts only while neither its follower nor its object is
 * deleted, so a deleted dataset keeps its followers' rows (they come back
 * with it) but nobody is shown following it meanwhile.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { ckanNow } from '../time.ts'
import type { FollowKind } from './kinds.ts'

/** A follower row as follow_* returns it (CKAN's table_dictize of the row). */
export type FollowerDict = { follower_id: string; object_id: string; datetime: string }

/** The live rows of a kind's table, as `f` (CKAN's ModelFollowingModel._get). Built from the kind's fixed names only. */
function liveRows(kind: FollowKind): string {
  return `${kind.table} f JOIN users fu ON fu.id = f.follower_id JOIN ${kind.objects} fo ON fo.id = f.object_id
    WHERE fu.state != 'deleted' AND fo.state != 'deleted'`
}

/**
 * SQL selecting the ids `follower` (an SQL expression, e.g. a named
 * parameter) follows of this kind, for use in `IN (…)`.
 */
export function followeeIdsSql(kind: FollowKind, follower: string): string {
  return `SELECT f.object_id FROM ${liveRows(kind)} AND f.follower_id = ${follower}`
}

/** True when the user follows the object (CKAN's is_following). */
export function isFollowing(db: Sqlite, kind: FollowKind, followerId: string, objectId: string): boolean {
  return sql(db, `SELECT 1 FROM ${liveRows(kind)} AND f.follower_id = ? AND f.object_id = ?`).get(followerId, objectId) !== undefined
}

/** How many users follow the object. */
export function followerCount(db: Sqlite, kind: FollowKind, objectId: string): number {
  return (sql(db, `SELECT count(*) AS n FROM ${liveRows(kind)} AND f.object_id = ?`).get(objectId) as { n: number }).n
}

/**
 * How many objects of this kind the user follows; for the group kind,
 * `organizations` counts only organizations (true) or only groups (false).
 */
export function followeeCount(db: Sqlite, kind: FollowKind, followerId: string, organizations?: boolean): number {
  if (organizations === undefined) {
    return (sql(db, `SELECT count(*) AS n FROM ${liveRows(kind)} AND f.follower_id = ?`).get(followerId) as { n: number }).n
  }
  const query = `SELECT count(*) AS n FROM ${liveRows(kind)} AND f.follower_id = ? AND fo.is_organization = ?`
  return (sql(db, query).get(followerId, organizations ? 1 : 0) as { n: number }).n
}

/** The ids of the users following the object, in the order they started. */
export function followerIds(db: Sqlite, kind: FollowKind, objectId: string): string[] {
  return sql(db, `SELECT f.follower_id AS id FROM ${liveRows(kind)} AND f.object_id = ? ORDER BY f.datetime, f.follower_id`)
    .all(objectId)
    .map((row) => (row as { id: string }).id)
}

/** The ids of the objects of this kind the user follows, in the order they were followed. */
export function followeeIds(db: Sqlite, kind: FollowKind, followerId: string): string[] {
  return sql(db, `SELECT f.object_id AS id FROM ${liveRows(kind)} AND f.follower_id = ? ORDER BY f.datetime, f.object_id`)
    .all(followerId)
    .map((row) => (row as { id: string }).id)
}

/**
 * Records that the user follows the object. A row left from before the
 * object was deleted is started afresh (CKAN would fail on its key).
 */
export function addFollower(db: Sqlite, kind: FollowKind, followerId: string, objectId: string): FollowerDict {
  const row: FollowerDict = { follower_id: followerId, object_id: objectId, datetime: ckanNow() }
  sql(
    db,
    `INSERT INTO ${kind.table} (follower_id, object_id, datetime) VALUES (@follower_id, @object_id, @datetime)
     ON CONFLICT (follower_id, object_id) DO UPDATE SET datetime = excluded.datetime`,
  ).run(row)
  return row
}

/** Ends the user's following of the object. */
export function removeFollower(db: Sqlite, kind: FollowKind, followerId: string, objectId: string): void {
  sql(db, `DELETE FROM ${kind.table} WHERE follower_id = ? AND object_id = ?`).run(followerId, objectId)
}
