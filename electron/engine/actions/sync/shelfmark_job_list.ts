/** shelfmark_job_list: recent sync jobs, newest first. */
import { defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { ignoreMissing, naturalNumber, intValidator, unicodeSafe, withDefault } from '../../validate/validators.ts'
import { jobDict, type JobRow } from '../../../sync/jobs/store.ts'
import { canManageSync } from './helpers.ts'

/** shelfmark_job_list: recent sync jobs, newest first. */
export const shelfmark_job_list = defineAction('shelfmark_job_list', {
  readOnly: true,
  auth: canManageSync,
  schema: { limit: [withDefault(20), intValidator, naturalNumber], remote: [ignoreMissing, unicodeSafe] },
  help: `List sync jobs, newest first.

    :param limit: how many (default 20)
    :param remote: only this remote's jobs (optional)
    :rtype: list of dictionaries
    `,
  run(ctx, data) {
    const rows = sql(
      ctx.db,
      `SELECT j.*, r.name AS remote_name FROM sync_jobs j LEFT JOIN sync_remotes r ON r.id = j.remote_id
       WHERE (? IS NULL OR r.name = ?) ORDER BY j.created DESC LIMIT ?`,
    ).all(data.remote ?? null, data.remote ?? null, data.limit) as (JobRow & { remote_name: string | null })[]
    return rows.map((row) => jobDict(row, row.remote_name))
  },
})
