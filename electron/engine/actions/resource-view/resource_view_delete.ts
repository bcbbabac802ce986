import { anyone, defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { sql } from '../../db/statements.ts'
import { findResourceRow, type ResourceRow } from '../../packages/resource-write.ts'
import { findView } from '../../resource-views/store.ts'
import { requireDeleteResource } from '../../resource-views/view-auth.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'

/** resource_view_delete: removes one view for good. */
export const resource_view_delete = defineAction('resource_view_delete', {
  auth: anyone, // below: an unknown view is a bare 404 before the caller is asked
  help: `Remove a resource view.

The caller must be logged in and allowed to delete resources of the
view's dataset (the same people who may edit it). The other views keep
their order. Records no activity.

:param id: id of the view
:type id: string

:returns: null`,
  run(ctx, params) {
    getOrBust(params, 'id')
    const row = findView(ctx.db, params.id) ?? notFound()
    requireDeleteResource(ctx, 'resource_view_delete', findResourceRow(ctx.db, row.resource_id) as ResourceRow)
    sql(ctx.db, 'DELETE FROM resource_views WHERE id = ?').run(row.id)
    return null
  },
})
