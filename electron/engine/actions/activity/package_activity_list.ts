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
  help: `List a dataset's activities, newest first.

    The caller must be able to read the dataset, as for package_show.
    Each activity is a dict with \`\`id\`\`, \`\`timestamp\`\`, \`\`user_id\`\`,
    \`\`object_id\`\`, \`\`activity_type\`\` and \`\`data\`\`. In a dataset activity, \`\`data["package"]\`\` is the dataset as it
    was at that moment.

    :param id: id or name of the dataset
    :type id: string
    :param limit: page size; \`\`0\`\` means no limit (optional, default
        \`\`31\`\`, at most \`\`100\`\`)
    :type limit: int
    :param offset: how many activities to skip (optional, default \`\`0\`\`)
    :type offset: int
    :param before: only activities older than this moment, given as unix
        seconds or an ISO timestamp (optional)
    :type before: int or string
    :param after: only activities newer than this moment; without
        \`\`before\`\`, the page holds the earliest ones after it, still listed
        newest first (optional)
    :type after: int or string
    :param activity_types: keep only these types, e.g.
        \`\`["changed package"]\`\` (optional)
    :type activity_types: list of strings
    :param exclude_activity_types: leave out these types; not allowed
        together with \`\`activity_types\`\` (optional)
    :type exclude_activity_types: list of strings
    :param include_hidden_activity: accepted from sysadmins, but Shelfmark
        hides no activity, so it changes nothing (optional)
    :type include_hidden_activity: bool

    :rtype: list of dictionaries
    `,
  run(ctx, data) {
    const pkg = readableDataset(ctx, data.id)
    return listActivities(ctx, { where: 'a.object_id = @id', params: { id: pkg.id }, ...pageOf(data) })
  },
})
