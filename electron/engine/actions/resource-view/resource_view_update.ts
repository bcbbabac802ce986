import { anyone, defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { findResourceRow } from '../../packages/resource-write.ts'
import { viewPlugin, type ViewPlugin } from '../../resource-views/plugins.ts'
import { dictizeView, findView, updateView } from '../../resource-views/store.ts'
import { requireEditResource } from '../../resource-views/view-auth.ts'
import { validateView } from '../../resource-views/view-schema.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'

/** resource_view_update: rewrites a view's title, description and own fields. */
export const resource_view_update = defineAction('resource_view_update', {
  // Mirrors CKAN: the view is found (404), its fields checked (409), then the caller (resource_update's rule).
  auth: anyone,
  help: `Change a resource view.

title, description and resource_id keep their values when left out; the
view's own fields (such as image_url) are replaced by those sent, so one
left out is cleared. view_type and package_id are ignored: a view keeps
its type. The caller must be logged in and allowed to edit the
resource's dataset (and, when resource_id moves the view, the new
resource's dataset). Records no activity.

:param id: id of the view
:type id: string

Other parameters are as for resource_view_create.

:returns: the saved view
:rtype: dictionary`,
  run(ctx, params) {
    getOrBust(params, 'id')
    const row = findView(ctx.db, params.id) ?? notFound()
    const fields = validateView(ctx, params, viewPlugin(row.view_type) as ViewPlugin, 'update')
    const resource = findResourceRow(ctx.db, row.resource_id) ?? notFound('Resource was not found.')
    requireEditResource(ctx, 'resource_view_update', resource)
    // Shelfmark's own check: CKAN lets a view move onto a resource of a dataset the caller may not edit.
    const target = fields.resource_id === undefined ? resource : findResourceRow(ctx.db, fields.resource_id)
    if (target && target.id !== resource.id) requireEditResource(ctx, 'resource_view_update', target)
    return dictizeView(ctx.db, updateView(ctx, row, fields))
  },
})
