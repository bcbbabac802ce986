/** CKAN's job_show: one background job (none exists here). */
import { requireSysadmin } from '../../auth/roles.ts'
import { defineAction } from '../../define-action.ts'
import { NotFound } from '../../errors.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'

export const job_show = defineAction('job_show', {
  readOnly: true,
  auth: (ctx) => requireSysadmin(ctx),
  help: `Show a background job of CKAN's job queues.

    Shelfmark runs no CKAN job queues, so every id is unknown (Not Found).
    Only sysadmins may ask; see shelfmark_job_show for Shelfmark's own jobs.

    :param id: the job's id
    :type id: string

    :rtype: dictionary
    `,
  run(_ctx, params) {
    getOrBust(params, 'id')
    throw new NotFound()
  },
})
