/** shelfmark_job_resume: restarts an interrupted or failed sync job where it stopped. */
import { defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { invalid, notFound } from '../../errors.ts'
import { notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { effectiveState, jobById, jobDict } from '../../../sync/jobs/store.ts'
import { startAfterCommit } from '../../../sync/jobs/runner.ts'
import { remoteById } from '../../../sync/remotes.ts'
import { canManageSync } from './helpers.ts'

/** shelfmark_job_resume: restarts an interrupted or failed sync job where it stopped. */
export const shelfmark_job_resume = defineAction('shelfmark_job_resume', {
  auth: canManageSync,
  schema: { id: [notEmpty, unicodeSafe] },
  help: `Resume a sync job that was interrupted (its process died) or failed
    (e.g. the network went away). Steps already done are not repeated: pulls
    continue from their cursor, pushes skip datasets already pushed and
    finish creates whose answer was lost without duplicating them.

    :param id: the job id
    :returns: the job
    `,
  run(ctx, data) {
    const job = jobById(ctx.db, data.id as string) ?? notFound('Job not found')
    const state = effectiveState(job)
    if (!['interrupted', 'failed', 'cancelled'].includes(state)) invalid('id', `A ${state} job cannot be resumed`)
    sql(ctx.db, "UPDATE sync_jobs SET state = 'interrupted', finished = NULL, cancel_requested = 0 WHERE id = ?").run(job.id)
    startAfterCommit(ctx, job.id)
    return jobDict(jobById(ctx.db, job.id)!, job.remote_id ? (remoteById(ctx.db, job.remote_id)?.name ?? null) : null)
  },
})
