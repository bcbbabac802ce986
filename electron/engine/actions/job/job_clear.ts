/** CKAN's job_clear: empty some or all background job queues. */
import { requireSysadmin, requireUser } from '../../auth/roles.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { requestedQueues } from './queues.ts'

export const job_clear = defineAction('job_clear', {
  // Mirrors CKAN: queues is validated before the caller is checked, so auth runs inside run().
  auth: anyone,
  help: `Empty CKAN's background job queues; only sysadmins may.

    Shelfmark runs no CKAN job queues, so there is nothing to remove: the
    queues named are reported as cleared, and with none named the answer
    is an empty list (no queue exists). Shelfmark's own jobs are not
    touched.

    :param queues: the queues to empty (optional, default: all)
    :type queues: list of strings

    :returns: the names of the queues cleared
    :rtype: list of strings
    `,
  run(ctx, params) {
    const queues = requestedQueues(params, ctx)
    requireUser(ctx, 'job_clear')
    requireSysadmin(ctx)
    return queues
  },
})
