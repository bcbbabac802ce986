/** CKAN's activity_diff: what an activity changed, as a text diff or an HTML table against the object's previous activity. */
import { isSysadmin } from '../../context.ts'
import { contextDiff, unifiedDiff } from '../../activity/difflib.ts'
import { makeTable } from '../../activity/html-diff.ts'
import { wrapForHtmlDiff } from '../../activity/html-lines.ts'
import { sql } from '../../db/statements.ts'
import { defineAction } from '../../define-action.ts'
import { NotFound, ValidationError } from '../../errors.ts'
import { objectNotLoadable } from '../../packages/missing-id.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { pythonJsonDumps } from '../../validate/python-json.ts'
import { findActivity, requireActivityReadable } from './activity_show.ts'
import { activityColumns, activityDict } from './activity-query.ts'

type Row = Parameters<typeof activityDict>[1]

// Mirrors CKAN: the text diffs' lines joined with "\n" (the header lines already end in one); html, HtmlDiff's table of the word-wrapped lines.
const differs: Record<string, (a: string[], b: string[]) => string> = {
  unified: (a, b) => unifiedDiff(a, b).join('\n'),
  context: (a, b) => contextDiff(a, b).join('\n'),
  html: (a, b) => makeTable(wrapForHtmlDiff(a), wrapForHtmlDiff(b)),
}

export const activity_diff = defineAction('activity_diff', {
  readOnly: true,
  auth(ctx, params) {
    // Mirrors CKAN: both keys are required before the auth rule, one at a time.
    getOrBust(params, 'id')
    getOrBust(params, 'object_type')
    // CKAN's auth looks the activity up itself and refuses an empty id first; sysadmins skip it and get a 404.
    if (!params.id && !isSysadmin(ctx)) throw objectNotLoadable('Activity')
    requireActivityReadable(ctx, params, 'edit')
  },
  help: `Compare what one activity recorded with the activity before it.

    The earlier activity is the latest one about the same object that
    happened before this one. The part of each activity's data named by
    object_type is written out as indented JSON with sorted keys, as Python's
    json.dumps does, and the two texts are compared line by line, as Python's
    difflib does. Sysadmins may compare any activity; others need a dataset
    activity they may read, about a dataset they may edit.

    :param id: the activity's id
    :type id: string
    :param object_type: the part of the data to compare, e.g. 'package'
    :type object_type: string
    :param diff_type: 'unified' (the default), 'context' or 'html' (an
        HTML table of the two texts side by side, their lines wrapped at
        about 70 characters, as Python's difflib.HtmlDiff writes it)
    :type diff_type: string

    :returns: \`\`diff\`\` (the text) and \`\`activities\`\` (the earlier
        activity, then this one)
    :rtype: dictionary
    `,
  run(ctx, params) {
    const activity = findActivity(ctx, params)
    // Mirrors CKAN's query: the same object, strictly earlier, any type, whoever may read it.
    const previous = sql(
      ctx.db,
      `SELECT ${activityColumns} FROM activities a WHERE a.object_id = ? AND a.timestamp < ?
       ORDER BY a.timestamp DESC, a.seq DESC LIMIT 1`,
    ).get(activity.object_id, activity.timestamp) as Row | undefined
    if (!previous) throw new NotFound('Previous activity for this object not found')
    const activities = [activityDict(ctx, previous), activityDict(ctx, activity)]
    const key = String(params.object_type)
    const objects = activities.map(({ data }) => {
      if (!isRecord(data) || !Object.hasOwn(data, key)) throw new NotFound('Could not find object in the activity data')
      return data[key]
    })
    const [before, after] = objects.map((object) => pythonJsonDumps(object, { indent: 2, ensureAscii: true }).split('\n'))
    const diffType = params.diff_type === undefined ? 'unified' : params.diff_type
    const differ = typeof diffType === 'string' && Object.hasOwn(differs, diffType) ? differs[diffType] : undefined
    if (!differ) throw new ValidationError({ message: 'diff_type not recognized' })
    return { diff: differ(before, after), activities }
  },
})

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
