import { isSysadmin } from '../../context.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { findResourceRow, type ResourceRow } from '../../packages/resource-write.ts'
import { dictizeView, findView } from '../../resource-views/store.ts'
import { requireReadResource } from '../../resource-views/view-auth.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'

/** resource_view_show: one view, for those who may read its resource's dataset. */
export const resource_view_show = defineAction('resource_view_show', {
  readOnly: true,
  auth: anyone, // below, in CKAN's order
  help: `Fetch one resource view by its id.

The caller must be allowed to read the dataset of the view's resource.
The view's own fields (such as image_url) appear beside id, resource_id,
title, description and view_type, with the dataset's id as package_id.

:param id: id of the view
:type id: string

:rtype: dictionary`,
  run(ctx, params) {
    getOrBust(params, 'id')
    const row = findView(ctx.db, params.id)
    // Mirrors CKAN: a missing view is reported by the auth function, which sysadmins skip.
    if (!row) notFound(isSysadmin(ctx) ? '' : 'Resource view not found, cannot check auth.')
    requireReadResource(ctx, findResourceRow(ctx.db, row.resource_id) as ResourceRow)
    return dictizeView(ctx.db, row)
  },
})
