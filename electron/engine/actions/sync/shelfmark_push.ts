/** shelfmark_push: starts a job publishing local changes to a remote (or returns the plan for a dry run). */
import { defineAction } from '../../define-action.ts'
import { asList, booleanValidator, clampTo, ignoreMissing, intValidator, notEmpty, positiveInteger, unicodeSafe } from '../../validate/validators.ts'
import { createJob, jobById, jobDict } from '../../../sync/jobs/store.ts'
import { startAfterCommit } from '../../../sync/jobs/runner.ts'
import { planPush } from '../../../sync/plan.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

/** shelfmark_push: starts a job publishing local changes to a remote (or returns the plan for a dry run). */
export const shelfmark_push = defineAction('shelfmark_push', {
  auth: canManageSync,
  schema: {
    remote: [notEmpty, unicodeSafe],
    datasets: [ignoreMissing, asList],
    dry_run: [ignoreMissing, booleanValidator],
    concurrency: [ignoreMissing, intValidator, positiveInteger, clampTo(3)],
  },
  help: `Push local changes to a remote, as a job.

    Each dataset in the plan (see shelfmark_push_plan) is created under the
    mapped remote organization, updated with package_revise guarded by
    \`match\` on metadata_modified (package_show + compare + package_update on
    remotes without it), or deleted; new local files upload as streamed
    multipart. Remote edits made meanwhile are merged; overlapping ones
    become conflicts and that dataset is left untouched on both sides. The
    remote's validation errors come back per dataset, field by field.

    :param remote: the remote's name
    :param datasets: only these datasets (names or ids), optional
    :param dry_run: return the plan and send nothing (default false)
    :param concurrency: datasets pushed at once (1-3, default 3)
    :returns: the job, or the plan for a dry run
    `,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.remote)
    const datasets = Array.isArray(data.datasets) ? data.datasets.map(String) : undefined
    if (data.dry_run === true) return { dry_run: true, plan: planPush(ctx, remote, datasets) }
    const params: Record<string, unknown> = {}
    if (datasets) params.datasets = datasets
    if (data.concurrency !== undefined) params.concurrency = data.concurrency
    const id = createJob(ctx.db, { kind: 'push', remoteId: remote.id, userId: ctx.user?.id ?? null, params })
    startAfterCommit(ctx, id)
    return jobDict(jobById(ctx.db, id)!, remote.name)
  },
})
