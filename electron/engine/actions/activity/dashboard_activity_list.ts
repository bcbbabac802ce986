/** CKAN's dashboard_activity_list: the caller's own activity and that of what they follow, newest first. */
import type { Context } from '../../context.ts'
import { defineAction } from '../../define-action.ts'
import { NotAuthorized } from '../../errors.ts'
import { validateOrThrow } from '../../validate/navl.ts'
import { dashboardListSchema, pagingParamsHelp } from './activity-list-schema.ts'
import { dashboardActivities } from './dashboard-query.ts'

/** Mirrors the activity plugin's dashboard auth (anonymous callers reach it, then are refused). */
export function requireDashboardUser(ctx: Context): void {
  if (!ctx.user) throw new NotAuthorized('You must be logged in to access your dashboard.')
}

export const dashboard_activity_list = defineAction('dashboard_activity_list', {
  readOnly: true,
  auth(ctx, params) {
    // Mirrors CKAN's order: the schema (a decorator) runs before the dashboard's auth, even for anonymous callers.
    validateOrThrow(dashboardListSchema, params, ctx)
    requireDashboardUser(ctx)
  },
  schema: dashboardListSchema,
  help: `List the activity on your dashboard, newest first: what you did,
    and what happened to the users, datasets, groups and organizations you
    follow (follow_user, follow_dataset, follow_group).

    You must be logged in. Activities about datasets you may not see are
    left out. Each activity has the keys of the other activity lists plus
    \`\`is_new\`\`: true when it happened after you last marked your
    dashboard seen (dashboard_mark_activities_old); your own activities are
    never new.

${pagingParamsHelp}
    :rtype: list of dictionaries
    `,
  run: dashboardActivities,
})
