/** CKAN's user_activity_list: what a user did, and what was done to their account. */
import { defineAction } from '../../define-action.ts'
import { validateOrThrow } from '../../validate/navl.ts'
import { activityListSchema, pagingParamsHelp } from './activity-list-schema.ts'
import { readableUser } from './activity-objects.ts'
import { listActivities, pageOf } from './activity-query.ts'

export const user_activity_list = defineAction('user_activity_list', {
  readOnly: true,
  auth(ctx, params) {
    const { id } = validateOrThrow(activityListSchema, params, ctx)
    readableUser(ctx, id)
  },
  schema: activityListSchema,
  help: `List what a user did, and what was done to their account, newest first.

    Readable on the same terms as user_show. Activities about datasets the
    caller may not see are left out. The type filters of the other
    activity lists are accepted here but have no effect.

    Each activity is a dict with \`\`id\`\`, \`\`timestamp\`\`, \`\`user_id\`\`,
    \`\`object_id\`\`, \`\`activity_type\`\` and \`\`data\`\`.

    :param id: id or name of the user
    :type id: string
${pagingParamsHelp}
    :rtype: list of dictionaries
    `,
  run(ctx, data) {
    const user = readableUser(ctx, data.id)
    // CKAN's user stream has no type filters.
    const { types: _types, excludeTypes: _excluded, ...page } = pageOf(data)
    return listActivities(ctx, { where: 'a.user_id = @id OR a.object_id = @id', params: { id: user.id }, ...page })
  },
})
