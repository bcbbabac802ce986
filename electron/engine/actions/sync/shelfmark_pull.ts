/** shelfmark_pull: starts a job bringing a remote's datasets (and their organizations and groups) into the catalog. */
import { defineAction } from '../../define-action.ts'
import { asList, clampTo, booleanValidator, ignoreMissing, intValidator, naturalNumber, notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { createJob, jobById, jobDict } from '../../../sync/jobs/store.ts'
import { startAfterCommit } from '../../../sync/jobs/runner.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

/** shelfmark_pull: starts a job bringing a remote's datasets (and their organizations and groups) into the catalog. */
export const shelfmark_pull = defineAction('shelfmark_pull', {
  auth: canManageSync,
  schema: {
    remote: [notEmpty, unicodeSafe],
    organizations: [ignoreMissing, asList],
    q: [ignoreMissing, unicodeSafe],
    files: [ignoreMissing, booleanValidator],
    max_file_bytes: [ignoreMissing, intValidator, naturalNumber],
    full: [ignoreMissing, booleanValidator],
    rows: [ignoreMissing, intValidator, naturalNumber, clampTo(1000)],
  },
  help: `Pull datasets from a remote into the local catalog, as a job.

    Pages through the remote's package_search (1,000 per page, oldest change
    first); after the first pull of a scope only datasets changed since are
    fetched. Falls back to package_list + package_show where search is
    unavailable. New datasets are stored exactly as sent and linked; datasets
    changed on both sides are merged field by field, and overlapping edits
    are recorded as conflicts (see shelfmark_conflicts), never overwritten.
    Drafts the remote user may see (package_search include_drafts) come as
    drafts. After every pull, linked datasets of the scope the remote has
    deleted are deleted here too, or become conflicts when edited here. An
    interrupted pull resumed with shelfmark_job_resume carries on from the
    last page it stored.

    :param remote: the remote's name
    :param organizations: only these organizations (names), optional
    :param q: only datasets matching this search query, optional
    :param files: also download uploaded resource files (default false)
    :param max_file_bytes: download budget in bytes (default 1 GiB)
    :param full: ignore the previous pull's cursor (default false)
    :param rows: datasets per page (default 500, maximum 1,000; per batch of
        package_show calls where the remote has no search, default 100)
    :returns: the job; follow it with shelfmark_job_show
    `,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.remote)
    const params: Record<string, unknown> = {}
    for (const key of ['organizations', 'q', 'files', 'max_file_bytes', 'full', 'rows']) if (data[key] !== undefined) params[key] = data[key]
    if (Array.isArray(params.organizations)) params.organizations = params.organizations.map(String)
    const id = createJob(ctx.db, { kind: 'pull', remoteId: remote.id, userId: ctx.user?.id ?? null, params })
    startAfterCommit(ctx, id)
    return jobDict(jobById(ctx.db, id)!, remote.name)
  },
})
