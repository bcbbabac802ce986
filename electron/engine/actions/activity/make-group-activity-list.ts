/** organization_activity_list and group_activity_list differ only in the kind of group. */
import { defineAction, type ActionDefinition } from '../../define-action.ts'
import { validateOrThrow } from '../../validate/navl.ts'
import { activityListSchema, refuseBothTypeFilters } from './activity-list-schema.ts'
import { readableGroup } from './activity-objects.ts'
import { listActivities, pageOf } from './activity-query.ts'

/** The rows about the group itself or recorded for its datasets (their group_ids name it). */
const aboutGroup = "a.object_id = @id OR instr(' ' || a.group_ids || ' ', ' ' || @id || ' ') > 0"

/** Declares the activity list of organizations (`organization: true`) or groups. */
export function makeGroupActivityList(kind: 'organization' | 'group'): ActionDefinition {
  return defineAction(`${kind}_activity_list`, {
    readOnly: true,
    auth(ctx, params) {
      const { id } = validateOrThrow(activityListSchema, params, ctx)
      refuseBothTypeFilters(params)
      readableGroup(ctx, id, kind === 'organization')
    },
    schema: activityListSchema,
    help: `Return a ${kind}'s activity stream.

    Activities of the ${kind} itself and of its datasets, newest first;
    activities of private datasets only for those who may read them.

    :param id: the id or name of the ${kind}
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
    :param activity_types: A list of activity types to include in the response
    :type activity_types: list
    :param exclude_activity_types: A list of activity types to exclude from the
        response
    :type exclude_activity_types: list

    :rtype: list of dictionaries
    `,
    run(ctx, data) {
      const group = readableGroup(ctx, data.id, kind === 'organization')
      return listActivities(ctx, { where: aboutGroup, params: { id: group.id }, ...pageOf(data) })
    },
  })
}
