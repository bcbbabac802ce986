/** CKAN's user_activity_list: what a user did, and what was done to their account. */
import { defineAction } from '../../define-action.ts'
import { validateOrThrow } from '../../validate/navl.ts'
import { activityListSchema } from './activity-list-schema.ts'
import { readableUser } from './activity-objects.ts'
import { listActivities, pageOf } from './activity-query.ts'

export const user_activity_list = defineAction('user_activity_list', {
  readOnly: true,
  auth(ctx, params) {
    const { id } = validateOrThrow(activityListSchema, params, ctx)
    readableUser(ctx, id)
  },
  schema: activityListSchema,
  help: `Return a user's public activity stream.

    You must be authorized to view the user's profile.

    :param id: the id or name of the user
    :type id: string
    :param offset: where to start getting activity items from
        (optional, default: \`\`0\`\`)
    :type offset: int
    :param limit: the maximum number of activities to return
        (optional, default: \`\`31\`\`, upper limit: \`\`100\`\`)
    :type limit: int
    :param after: After timestamp (optional)
    :type after: int, str
    :param before: Before timestamp (optional)
    :type before: int, str

    :rtype: list of dictionaries
    `,
  run(ctx, data) {
    const user = readableUser(ctx, data.id)
    // CKAN's user stream has no type filters.
    const { types: _types, excludeTypes: _excluded, ...page } = pageOf(data)
    return listActivities(ctx, { where: 'a.user_id = @id OR a.object_id = @id', params: { id: user.id }, ...page })
  },
})
