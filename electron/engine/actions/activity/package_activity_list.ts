/** CKAN's package_activity_list: a dataset's activity stream, newest first. */
import { defineAction } from '../../define-action.ts'
import { validateOrThrow } from '../../validate/navl.ts'
import { activityListSchema, pagingParamsHelp, refuseBothTypeFilters, typeFilterParamsHelp } from './activity-list-schema.ts'
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
${pagingParamsHelp}${typeFilterParamsHelp}
    :rtype: list of dictionaries
    `,
  run(ctx, data) {
    const pkg = readableDataset(ctx, data.id)
    return listActivities(ctx, { where: 'a.object_id = @id', params: { id: pkg.id }, ...pageOf(data) })
  },
})
