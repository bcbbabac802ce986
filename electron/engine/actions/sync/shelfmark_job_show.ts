/** shelfmark_job_show: a sync job's state and progress. */
import { defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { jobById, jobDict } from '../../../sync/jobs/store.ts'
import { remoteById } from '../../../sync/remotes.ts'
import { canManageSync } from './helpers.ts'

/** shelfmark_job_show: a sync job's state and progress. */
export const shelfmark_job_show = defineAction('shelfmark_job_show', {
  readOnly: true,
  auth: canManageSync,
  schema: { id: [notEmpty, unicodeSafe] },
  help: `Show a sync job: kind, state (queued, running, done, failed,
    cancelled, interrupted), phase, done/total, bytes, message, result, error.

    :param id: the job id
    :rtype: dictionary
    `,
  run(ctx, data) {
    const job = jobById(ctx.db, data.id as string) ?? notFound('Job not found')
    return jobDict(job, job.remote_id ? (remoteById(ctx.db, job.remote_id)?.name ?? null) : null)
  },
})
