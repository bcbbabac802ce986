/** shelfmark_push_plan: what a push to a remote would do, dataset by dataset, with field-level diffs. */
import { defineAction } from '../../define-action.ts'
import { asList, ignoreMissing, notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { planPush } from '../../../sync/plan.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

/** shelfmark_push_plan: what a push to a remote would do, dataset by dataset, with field-level diffs. */
export const shelfmark_push_plan = defineAction('shelfmark_push_plan', {
  readOnly: true,
  auth: canManageSync,
  schema: { remote: [notEmpty, unicodeSafe], datasets: [ignoreMissing, asList] },
  help: `Plan a push without sending anything (a dry run).

    For each dataset: action (create, update, delete, restore, none, or
    blocked with a reason such as an unresolved conflict), the field-level
    changes against the last synced version ({path, before, after}; paths
    like "title", "resources[<id>].url", "extras[<key>].value"), and the
    resource files that would upload.

    :param remote: the remote's name
    :param datasets: only these datasets (names or ids); default: every
      dataset changed since its last sync and every local dataset linked to
      no remote
    :rtype: list of dictionaries
    `,
  run(ctx, data) {
    const names = Array.isArray(data.datasets) ? data.datasets.map(String) : undefined
    return planPush(ctx, remoteOr404(ctx, data.remote), names)
  },
})
