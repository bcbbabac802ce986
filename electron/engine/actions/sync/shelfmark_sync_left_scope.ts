/** shelfmark_sync_left_scope: a pull job's step for linked datasets the remote still has, outside the pulled scope now. */
import { defineAction } from '../../define-action.ts'
import { IntegrityError } from '../../errors.ts'
import { notEmpty, unicodeSafe } from '../../validate/validators.ts'
import { forgetLinkScopes } from '../../../sync/links.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

/** shelfmark_sync_left_scope: a pull job's step for linked datasets the remote still has, outside the pulled scope now. */
export const shelfmark_sync_left_scope = defineAction('shelfmark_sync_left_scope', {
  auth: canManageSync,
  schema: { remote: [notEmpty, unicodeSafe], scope: [notEmpty, unicodeSafe] },
  help: `Internal step of a pull job: the remote still has these linked
    datasets, outside the scope now (edited out of the query, moved), so
    later pulls of the scope stop asking after them.

    :param package_ids: the local ids of the links
    `,
  run(ctx, data) {
    const remote = remoteOr404(ctx, data.remote)
    const ids = data.package_ids
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new IntegrityError('package_ids must be a list of strings')
    forgetLinkScopes(ctx.db, remote.id, data.scope as string, ids)
    return null
  },
})
