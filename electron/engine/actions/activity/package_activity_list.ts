/** CKAN's package_activity_list: a dataset's activity stream, newest first. */
import { defineAction } from '../../define-action.ts'
import { validateOrThrow } from '../../validate/navl.ts'
import { activityListSchema, refuseBothTypeFilters } from './activity-list-schema.ts'
import { readableDataset } from './activity-objects.ts'
import { listActivities, pageOf } from './activity-query.ts'

export const package_activity_list = defineAction('package_activity_list', {
  readOnly: true,
  auth(ctx, params) {
    // Mirrors CKAN's order: the schema (a decorator), the type filters, then package_show's auth.
    const { id } = validateOrThrow(activityListSchema, params, ctx)
    refuseBothTypeFilters(params)
    readableDataset(ctx, id)
  },
  schema: activityListSchema,
  help: `Return a package's activity stream (not including detail)

    You must be authorized to view the package.

    :param id: the id or name of the package
    :type id: string
    :param offset: where to start getting activity items from
        (optional, default: \`\`0\`\`)
    :type offset: int
    :param limit: the maximum number of activities to return
        (optional, default: \`\`31\`\`, upper limit: \`\`100\`\`)
    :type limit: int
    :param after: After timestamp
        (optional, default: \`\`None\`\`)
    :type after: int, str
    :param before: Before timestamp
        (optional, default: \`\`None\`\`)
    :type before: int, str
    :param include_hidden_activity: whether to include 'hidden' activity
        (sysadmins only; Shelfmark hides none) (default: false)
    :type include_hidden_activity: bool
    :param activity_types: A list of activity types to include in the response
    :type activity_types: list
    :param exclude_activity_types: A list of activity types to exclude from the
        response
    :type exclude_activity_types: list

    :rtype: list of dictionaries
    `,
  run(ctx, data) {
    const pkg = readableDataset(ctx, data.id)
    return listActivities(ctx, { where: 'a.object_id = @id', params: { id: pkg.id }, ...pageOf(data) })
  },
})
