/** organization_activity_list and group_activity_list differ only in the kind of group. */
import { defineAction, type ActionDefinition } from '../../define-action.ts'
import { validateOrThrow } from '../../validate/navl.ts'
import { activityListSchema, activityTypesParamHelp, pagingParamsHelp } from './activity-list-schema.ts'
import { readableGroup } from './activity-objects.ts'
import { listActivities, pageOf } from './activity-query.ts'

/**
 * A private dataset's activity is listed only to those who may read the
 * dataset now; CKAN lists public datasets only (2.10 records no activity for
 * private ones). An activity written while a dataset was public must not show
 * it to everyone once it has become private.
 */
const readableNow = `(p.private = 0 OR @sysadmin = 1
  OR EXISTS (SELECT 1 FROM json_each(@labels) l WHERE l.value IN ('member-' || p.owner_org, 'collaborator-' || p.id)))`

/**
 * As CKAN reads them, through the memberships of now rather than those at
 * each activity (a dataset moved to another organization takes its history
 * with it): the organizations' own rows and those of every dataset they own.
 * `ids` is fixed SQL for the organizations' ids (a parameter or a subquery).
 */
export function aboutOrganizations(ids: string): string {
  return `a.object_id IN (${ids}) OR a.object_id IN (
  SELECT p.id FROM packages p WHERE p.owner_org IN (${ids}) AND ${readableNow})`
}

/**
 * The groups' own rows and those of their datasets: active ones still in
 * them, and deleted ones whose membership went with them (package_delete ends
 * it), as CKAN's query pairs them; a dataset taken out of a group leaves its
 * list. `ids` is fixed SQL for the groups' ids.
 */
export function aboutGroups(ids: string): string {
  return `a.object_id IN (${ids}) OR a.object_id IN (
  SELECT p.id FROM members m JOIN packages p ON p.id = m.table_id
  WHERE m.group_id IN (${ids}) AND m.table_name = 'package' AND m.state = p.state AND p.state IN ('active', 'deleted')
    AND ${readableNow})`
}

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
      return listActivities(ctx, { where: kind === 'organization' ? aboutOrganizations('@id') : aboutGroups('@id'), params: { id: group.id }, ...pageOf(data), excludeTypes: undefined })
    },
  })
}
