/** CKAN's dashboard_mark_activities_old: everything on the caller's dashboard until now is no longer new. */
import { requireUser } from '../../auth/roles.ts'
import { defineAction } from '../../define-action.ts'
import { ckanNow } from '../../time.ts'
import { markDashboardViewed } from './dashboard-query.ts'

export const dashboard_mark_activities_old = defineAction('dashboard_mark_activities_old', {
  // Unlike the two dashboard reads, CKAN lets no anonymous caller reach this one's auth function.
  auth: (ctx) => requireUser(ctx, 'dashboard_mark_activities_old'),
  help: `Mark every activity on your dashboard as seen, so that
    dashboard_new_activities_count starts again from 0.

    You must be logged in. Records no activity.

    :returns: null
    `,
  run(ctx) {
    markDashboardViewed(ctx, ctx.user!.id, ckanNow())
    return null
  },
})
