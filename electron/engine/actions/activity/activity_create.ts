/** CKAN's activity_create: a sysadmin writes an activity row by hand. */
import { recordActivity } from '../../activity/record.ts'
import { activityLabels, requireSysadmin, requireUser, type PackageAccess } from '../../auth/roles.ts'
import { sql } from '../../db/statements.ts'
import { defineAction } from '../../define-action.ts'
import { ignore, ignoreEmpty, ignoreMissing, notEmpty, notMissing, unicodeSafe } from '../../validate/validators.ts'
import { activityDict } from './activity-query.ts'
import { findActivity } from './activity_show.ts'
import { activityTypeExists, convertUserNameOrIdToId, isDatasetActivityType, objectIdValidator } from './activity-validators.ts'

export const activity_create = defineAction('activity_create', {
  auth(ctx) {
    requireUser(ctx, 'activity_create')
    requireSysadmin(ctx)
  },
  // Mirrors default_create_activity_schema, in navl's order (sorted keys): activity_type is checked before object_id reads it.
  schema: {
    activity_type: [notMissing, notEmpty, unicodeSafe, activityTypeExists],
    data: [ignoreEmpty, ignoreMissing],
    id: [ignore],
    object_id: [notMissing, notEmpty, unicodeSafe, objectIdValidator],
    timestamp: [ignore],
    user_id: [notMissing, notEmpty, unicodeSafe, convertUserNameOrIdToId],
  },
  help: `Write an activity into the activity stream by hand. Sysadmins only.

    The activity gets a new id and the current time; it then appears in the
    activity lists of its object like any other. A dataset activity can be
    read by the same people as the dataset's other activities. For local
    sync it counts as a change to the dataset: the next push compares the
    dataset with the remote again and sends nothing if nothing changed.

    :param user_id: name or id of the user who did it
    :type user_id: string
    :param object_id: id of what it was done to: a dataset, user, group or
        organization, as the activity type says
    :type object_id: string
    :param activity_type: one of 'new package', 'changed package',
        'deleted package', 'follow dataset', 'new user', 'changed user',
        'follow user', 'new group', 'changed group', 'deleted group',
        'new organization', 'changed organization', 'deleted organization',
        'follow group'
    :type activity_type: string
    :param data: anything more to keep with it (optional)
    :type data: dictionary

    :returns: the new activity, as activity_show returns it
    :rtype: dictionary
    `,
  run(ctx, data) {
    const type = data.activity_type as string
    const objectId = data.object_id as string
    const id = recordActivity(ctx, {
      objectId,
      type,
      // Mirrors CKAN's Activity(): no data is an empty dict.
      data: (data.data ?? {}) as Record<string, unknown>,
      userId: data.user_id as string,
      verbatim: true,
      permissionLabels: isDatasetActivityType(type) ? activityLabels(ctx, datasetAccess(ctx, objectId)) : undefined,
    })
    return activityDict(ctx, findActivity(ctx, { id }))
  },
})

/** The dataset's access fields; the schema has checked that it exists. */
function datasetAccess(ctx: Parameters<typeof findActivity>[0], id: string): PackageAccess {
  return sql(ctx.db, 'SELECT id, owner_org, private, state, creator_user_id FROM packages WHERE id = ?').get(id) as PackageAccess
}
