/** CKAN's job_cancel: remove one waiting background job (none exists here). */
import { requireSysadmin, requireUser } from '../../auth/roles.ts'
import { defineAction } from '../../define-action.ts'
import { NotFound } from '../../errors.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'

export const job_cancel = defineAction('job_cancel', {
  auth(ctx) {
    requireUser(ctx, 'job_cancel')
    requireSysadmin(ctx)
  },
  help: `Cancel a background job waiting in CKAN's job queues; only sysadmins may.

    Shelfmark runs no CKAN job queues, so every id is unknown (Not Found).
    Shelfmark's own jobs are cancelled with shelfmark_job_cancel.

    :param id: the job's id
    :type id: string
    `,
  run(_ctx, params) {
    getOrBust(params, 'id')
    throw new NotFound()
  },
})
