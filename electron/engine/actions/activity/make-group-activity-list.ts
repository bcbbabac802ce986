/** organization_activity_list and group_activity_list differ only in the kind of group. */
import { defineAction, type ActionDefinition } from '../../define-action.ts'
import { validateOrThrow } from '../../validate/navl.ts'
import { activityListSchema, activityTypesParamHelp, pagingParamsHelp } from './activity-list-schema.ts'
import { readableGroup } from './activity-objects.ts'
import { listActivities, pageOf } from './activity-query.ts'

/** The rows about the group itself or recorded for its datasets (their group_ids name it). */
const aboutGroup = "a.object_id = @id OR instr(' ' || a.group_ids || ' ', ' ' || @id || ' ') > 0"

/** Declares the activity list of organizations (`organization: true`) or groups. */
export function makeGroupActivityList(kind: 'organization' | 'group'): ActionDefinition {
  return defineAction(`${kind}_activity_list`, {
    readOnly: true,
    auth(ctx, params) {
      // Unlike package_activity_list, CKAN's group and organization lists never look at exclude_activity_types.
      const { id } = validateOrThrow(activityListSchema, params, ctx)
      readableGroup(ctx, id, kind === 'organization')
    },
    schema: activityListSchema,
    help: `List the activities of one ${kind} and of its datasets, newest first.

    The ${kind} must be readable by the caller: any active one, a deleted one
    only by its members and sysadmins. Activities about datasets the caller
    may not see are left out.

    Each activity is a dict with \`\`id\`\`, \`\`timestamp\`\`, \`\`user_id\`\`,
    \`\`object_id\`\`, \`\`activity_type\`\` and \`\`data\`\`.

    :param id: id or name of the ${kind}
    :type id: string
${pagingParamsHelp}${activityTypesParamHelp}
    :rtype: list of dictionaries
    `,
    run(ctx, data) {
      const group = readableGroup(ctx, data.id, kind === 'organization')
      return listActivities(ctx, { where: aboutGroup, params: { id: group.id }, ...pageOf(data), excludeTypes: undefined })
    },
  })
}
