/** CKAN's activity_data_show: the object an activity recorded (a dataset dict, say), without the activity around it. */
import { defineAction } from '../../define-action.ts'
import { NotFound } from '../../errors.ts'
import { findActivity, requireActivityReadable } from './activity_show.ts'
import { activityDict } from './activity-query.ts'

export const activity_data_show = defineAction('activity_data_show', {
  readOnly: true,
  // CKAN's auth asks activity_show's with include_data=True: the dataset's editors only.
  auth: (ctx, params) => requireActivityReadable(ctx, params, 'edit'),
  help: `Fetch what one activity recorded, without who did it and when.

    For a dataset activity this is the dataset as it was then, under
    \`\`package\`\`; with object_type, only that part. Readable by those
    who may edit the dataset (and sysadmins).

    :param id: the activity's id
    :type id: string
    :param object_type: the part to return: 'package', 'user', 'group' or
        'organization' (optional)
    :type object_type: string

    :rtype: dictionary
    `,
  run(ctx, params) {
    const data = activityDict(ctx, findActivity(ctx, params)).data
    // Python truthiness: an empty object_type asks for the whole data.
    if (!params.object_type) return data
    const key = String(params.object_type)
    if (!Object.hasOwn(data, key)) throw new NotFound('Could not find that object_type in the activity')
    return data[key]
  },
})
