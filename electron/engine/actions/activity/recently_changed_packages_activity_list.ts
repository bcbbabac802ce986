/** CKAN's recently_changed_packages_activity_list: the site-wide stream of dataset changes. */
import { anyone, defineAction } from '../../define-action.ts'
import { activityListSchema } from './activity-list-schema.ts'
import { listActivities } from './activity-query.ts'

const { offset, limit } = activityListSchema

export const recently_changed_packages_activity_list = defineAction('recently_changed_packages_activity_list', {
  readOnly: true,
  auth: anyone,
  schema: { offset, limit },
  help: `Return the activity stream of all recently added or changed packages.

    Activities of private datasets appear only for those who may read them.

    :param offset: where to start getting activity items from
        (optional, default: \`\`0\`\`)
    :type offset: int
    :param limit: the maximum number of activities to return
        (optional, default: \`\`31\`\`, upper limit: \`\`100\`\`)
    :type limit: int

    :rtype: list of dictionaries
    `,
  run(ctx, data) {
    return listActivities(ctx, {
      where: "a.activity_type LIKE '% package'",
      limit: data.limit as number,
      offset: data.offset as number,
    })
  },
})
