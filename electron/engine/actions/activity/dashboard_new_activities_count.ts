/** CKAN's dashboard_new_activities_count: how many activities on the caller's dashboard are new. */
import { defineAction } from '../../define-action.ts'
import { requireDashboardUser } from './dashboard_activity_list.ts'
import type { DashboardActivity } from './dashboard-query.ts'

export const dashboard_new_activities_count = defineAction('dashboard_new_activities_count', {
  readOnly: true,
  auth: requireDashboardUser,
  help: `Count the new activities on your dashboard: those others did
    since you last marked it seen (dashboard_mark_activities_old).

    You must be logged in. As in CKAN, the count looks at one page of
    dashboard_activity_list, which takes the same paging parameters (31
    activities by default).

    :param limit: how many of the latest activities to look at (optional,
        default \`\`31\`\`, at most \`\`100\`\`)
    :type limit: int
    :param offset: how many of the latest to skip (optional, default \`\`0\`\`)
    :type offset: int

    :rtype: int
    `,
  run(ctx, params) {
    // Mirrors CKAN: the count of one page of the dashboard, as the list action reads these parameters.
    const page = ctx.call('dashboard_activity_list', params) as DashboardActivity[]
    return page.filter((activity) => activity.is_new).length
  },
})
