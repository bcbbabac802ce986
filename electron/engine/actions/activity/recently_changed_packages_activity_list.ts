/** CKAN's recently_changed_packages_activity_list: the site-wide stream of dataset changes. */
import { anyone, defineAction } from '../../define-action.ts'
import { activityListSchema } from './activity-list-schema.ts'
import { listActivities } from './activity-query.ts'

const { offset, limit } = activityListSchema

export const recently_changed_packages_activity_list = defineAction('recently_changed_packages_activity_list', {
  readOnly: true,
  auth: anyone,
  schema: { offset, limit },
  help: `List the latest dataset activities across the whole site, newest first.

    Anyone may call this. Only dataset creations, changes and deletions are
    included, and those about datasets the caller may not see are left out.

    Each activity is a dict with \`\`id\`\`, \`\`timestamp\`\`, \`\`user_id\`\`,
    \`\`object_id\`\`, \`\`activity_type\`\` and \`\`data\`\`.

    :param limit: page size; \`\`0\`\` means no limit (optional, default
        \`\`31\`\`, at most \`\`100\`\`)
    :type limit: int
    :param offset: how many activities to skip (optional, default \`\`0\`\`)
    :type offset: int

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
