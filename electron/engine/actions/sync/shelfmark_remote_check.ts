/** shelfmark_remote_check: starts a job asking the remote's status_show what it is and supports. */
import { defineAction } from '../../define-action.ts'
import { notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { createJob, jobById, jobDict } from '../../../sync/jobs/store.ts'
import { startAfterCommit } from '../../../sync/jobs/runner.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

/** shelfmark_remote_check: starts a job asking the remote's status_show what it is and supports. */
export const shelfmark_remote_check = defineAction('shelfmark_remote_check', {
  auth: canManageSync,
  schema: { name: [notEmpty, unicodeSafe] },
  help: `Check a remote: calls its status_show (CKAN version, extensions)
    and user_show (whom the token acts as), and probes package_revise and
    package_search. Runs as a job; follow it with shelfmark_job_show.

    :param name: the remote's name
    :returns: the job
    `,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.name)
    const id = createJob(ctx.db, { kind: 'check', remoteId: remote.id, userId: ctx.user?.id ?? null, params: {} })
    startAfterCommit(ctx, id)
    return jobDict(jobById(ctx.db, id)!, remote.name)
  },
})
