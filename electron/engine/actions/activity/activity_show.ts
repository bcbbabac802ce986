/** CKAN's activity_show: one activity with its data. */
import { isSysadmin, type Context } from '../../context.ts'
import { sql } from '../../db/statements.ts'
import { defineAction } from '../../define-action.ts'
import { NotAuthorized, NotFound } from '../../errors.ts'
import { userLabels } from '../../auth/roles.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { pythonTruthy } from '../../validate/validators.ts'
import { editableDataset, readableDataset } from './activity-objects.ts'
import { activityColumns, activityDict } from './activity-query.ts'

type Row = Parameters<typeof activityDict>[1] & { permission_labels: string }

/** The activity `params.id` names (CKAN's get_or_bust first); a bare 404 when there is none. */
export function findActivity(ctx: Context, params: Record<string, unknown>): Row {
  getOrBust(params, 'id')
  // An id that is no string (CKAN's unicode_safe makes it text) names no activity.
  if (typeof params.id !== 'string') throw new NotFound()
  const row = sql(
    ctx.db,
    `SELECT ${activityColumns}, a.permission_labels FROM activities a WHERE a.id = ?`,
  ).get(params.id) as Row | undefined
  if (!row) throw new NotFound()
  return row
}

/**
 * Mirrors CKAN's activity_show auth, which activity_data_show and
 * activity_diff share: only dataset activities, for readers holding one of
 * its labels. `needs: 'edit'` is CKAN's include_data=True (activity_data_show,
 * activity_diff, or an activity_show asking for it): the data is for those
 * who may edit the dataset (package_update's rule) unless
 * ckan.auth.public_activity_stream_detail (false by default) opens it to its
 * readers.
 */
export function requireActivityReadable(ctx: Context, params: Record<string, unknown>, needs: 'read' | 'edit' = 'read'): void {
  const row = findActivity(ctx, params)
  if (isSysadmin(ctx)) return
  if (!row.activity_type.includes('package')) throw new NotAuthorized('object_type not recognized')
  const labels = new Set(userLabels(ctx))
  if (!row.permission_labels.split(' ').some((label) => labels.has(label))) {
    throw new NotAuthorized('Unauthorized to view activity data')
  }
  if (needs === 'edit' && !ctx.config.publicActivityStreamDetail) editableDataset(ctx, row.object_id)
  else readableDataset(ctx, row.object_id)
}

/**
 * activity_show's own check. CKAN's auth reads the request's include_data as
 * Python truth (so a GET's "false", a non-empty string, asks for the data);
 * when it is absent CKAN's auth fails with a KeyError (a 500 for anyone but a
 * sysadmin), where ours applies the reader's rule.
 */
function requireActivityShowable(ctx: Context, params: Record<string, unknown>): void {
  requireActivityReadable(ctx, params, pythonTruthy(params.include_data) ? 'edit' : 'read')
}

export const activity_show = defineAction('activity_show', {
  readOnly: true,
  auth: requireActivityShowable,
  help: `Fetch a single activity by its id.

    Sysadmins may read any activity. Everyone else may read only dataset
    activities they are entitled to see, about a dataset they can still
    read; asking with include_data, about a dataset they may edit.

    :param id: the activity's id
    :type id: string
    :param include_data: whether the caller asks for the recorded data, which
        only the dataset's editors may read (the activity is returned whole
        either way)
    :type include_data: bool

    :returns: the activity, \`\`data\`\` included
    :rtype: dictionary
    `,
  run: (ctx, params) => activityDict(ctx, findActivity(ctx, params)),
})
