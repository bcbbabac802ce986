/** CKAN's job_list: the background jobs waiting in some or all queues (never any here). */
import { requireSysadmin } from '../../auth/roles.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { requestedQueues } from './queues.ts'

export const job_list = defineAction('job_list', {
  readOnly: true,
  // Mirrors CKAN: queues is validated before the sysadmin check, so auth runs inside run().
  auth: anyone,
  help: `List the background jobs waiting in CKAN's job queues.

    Shelfmark runs no CKAN job queues (its own work, pulls and pushes, is
    listed by shelfmark_job_list), so the list is always empty. Only
    sysadmins may ask.

    :param queues: the queues to look in (optional, default: all)
    :type queues: list of strings

    :returns: the jobs (none)
    :rtype: list of dictionaries
    `,
  run(ctx, params) {
    requestedQueues(params, ctx)
    requireSysadmin(ctx)
    return []
  },
})
