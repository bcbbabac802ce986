/** shelfmark_sync_apply_pull: a pull job's step storing one page of remote datasets, with the scope's cursor. */
import { defineAction } from '../../define-action.ts'
import { IntegrityError } from '../../errors.ts'
import { ignoreMissing, notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { advanceCursor, groupLinks, recordLinkScopes } from '../../../sync/links.ts'
import { isDict } from '../../../sync/normalize.ts'
import { applyPulled } from '../../../sync/pull-apply.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

/** shelfmark_sync_apply_pull: a pull job's step storing one page of remote datasets, with the scope's cursor. */
export const shelfmark_sync_apply_pull = defineAction('shelfmark_sync_apply_pull', {
  auth: canManageSync,
  schema: { remote: [notEmpty, unicodeSafe], scope: [ignoreMissing, unicodeSafe], since: [ignoreMissing, unicodeSafe] },
  help: `Internal step of a pull job: stores a page of remote dataset dicts
    (each in its own savepoint), records that the scope brought them, and
    moves the scope's cursor to \`since\`.

    :returns: one outcome per dataset: created, updated, merged, unchanged,
      conflict or failed (with the error)
    `,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.remote)
    if (!Array.isArray(data.datasets) || !data.datasets.every(isDict)) throw new IntegrityError('datasets must be a list of dicts')
    const groups = groupLinks(ctx.db, remote.id)
    const outcomes = data.datasets.map((dataset) => applyPulled(ctx, remote.id, dataset, groups))
    // The scope that brought them is remembered, so a query pull later notices their deletion (pull-deletions.ts).
    if (typeof data.scope === 'string') recordLinkScopes(ctx.db, remote.id, data.scope, outcomes.map((outcome) => outcome.id))
    if (typeof data.scope === 'string' && typeof data.since === 'string' && data.since) advanceCursor(ctx.db, remote.id, data.scope, data.since)
    return outcomes
  },
})
