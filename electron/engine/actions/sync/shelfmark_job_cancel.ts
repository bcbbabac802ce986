/** shelfmark_job_cancel: asks a sync job to stop at its next step. */
import { defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { jobById, jobDict, requestCancel } from '../../../sync/jobs/store.ts'
import { remoteById } from '../../../sync/remotes.ts'
import { canManageSync } from './helpers.ts'

/** shelfmark_job_cancel: asks a sync job to stop at its next step. */
export const shelfmark_job_cancel = defineAction('shelfmark_job_cancel', {
  auth: canManageSync,
  schema: { id: [notEmpty, unicodeSafe] },
  help: `Cancel a sync job. A running job stops after its current step (what
    it finished stays done); a queued or interrupted one is cancelled at once.

    :param id: the job id
    :returns: the job
    `,
  run(ctx, data) {
    const job = jobById(ctx.db, data.id as string) ?? notFound('Job not found')
    requestCancel(ctx.db, job.id)
    return jobDict(jobById(ctx.db, job.id)!, job.remote_id ? (remoteById(ctx.db, job.remote_id)?.name ?? null) : null)
  },
})
