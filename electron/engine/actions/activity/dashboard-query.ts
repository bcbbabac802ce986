/**
 * A user's dashboard as CKAN's activity plugin reads it: their own activity
 * and that of everything they follow, each marked new when it came after the
 * user last looked (dashboard_mark_activities_old).
 */
import type { Context } from '../../context.ts'
import { sql } from '../../db/statements.ts'
import { datasetKind, groupKind, userKind } from '../../followers/kinds.ts'
import { followeeIdsSql } from '../../followers/store.ts'
import { listActivities, pageOf, type ActivityDict } from './activity-query.ts'
import { aboutGroups, aboutOrganizations } from './make-group-activity-list.ts'

const followedUsers = followeeIdsSql(userKind, '@me')
const followedGroupsSql = followeeIdsSql(groupKind, '@me')

/**
 * Mirrors CKAN's _dashboard_activity_query: what the user did or had done to
 * their account; what followed users did or had done to theirs; followed
 * datasets' activity; followed groups' and organizations' own activity and
 * their datasets' (a followed organization read as its organization list
 * reads it). Deleted users, datasets and groups drop out of what is
 * followed, as CKAN's followee lists leave them out. listActivities keeps
 * only the rows the reader's permission labels allow.
 */
const onDashboard = `a.user_id = @me OR a.object_id = @me
  OR a.user_id IN (${followedUsers}) OR a.object_id IN (${followedUsers})
  OR a.object_id IN (${followeeIdsSql(datasetKind, '@me')})
  OR ${aboutGroups(`SELECT g.id FROM groups g WHERE g.is_organization = 0 AND g.id IN (${followedGroupsSql})`)}
  OR ${aboutOrganizations(`SELECT g.id FROM groups g WHERE g.is_organization = 1 AND g.id IN (${followedGroupsSql})`)}`

/** An activity as dashboard_activity_list returns it: with `is_new`. */
export type DashboardActivity = ActivityDict & { is_new: boolean }

/**
 * When the user last marked their dashboard seen; until they first do, when
 * the account was made (CKAN stamps a new user's dashboard at creation).
 */
function lastViewed(ctx: Context, userId: string): string {
  const row = sql(
    ctx.db,
    `SELECT coalesce((SELECT activity_stream_last_viewed FROM dashboards WHERE user_id = @id), created) AS at
     FROM users WHERE id = @id`,
  ).get({ id: userId }) as { at: string }
  return row.at
}

/** Marks everything on the user's dashboard until now as seen. */
export function markDashboardViewed(ctx: Context, userId: string, now: string): void {
  sql(
    ctx.db,
    `INSERT INTO dashboards (user_id, activity_stream_last_viewed) VALUES (?, ?)
     ON CONFLICT (user_id) DO UPDATE SET activity_stream_last_viewed = excluded.activity_stream_last_viewed`,
  ).run(userId, now)
}

/**
 * One page of the caller's dashboard, newest first. Mirrors CKAN: the
 * caller's own activities are never new; others are new when later than the
 * last look (timestamps share CKAN's form, so they compare as text).
 */
export function dashboardActivities(ctx: Context, data: Record<string, unknown>): DashboardActivity[] {
  const me = ctx.user!.id
  const seen = lastViewed(ctx, me)
  const { limit, offset, before, after } = pageOf(data)
  return listActivities(ctx, { where: onDashboard, params: { me }, limit, offset, before, after }).map((activity) => ({
    ...activity,
    is_new: activity.user_id !== me && activity.timestamp > seen,
  }))
}
