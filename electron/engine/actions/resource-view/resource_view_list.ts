import { anyone, defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { findResourceRow } from '../../packages/resource-write.ts'
import { dictizeView, shownViewsOfResource } from '../../resource-views/store.ts'
import { requireReadResource } from '../../resource-views/view-auth.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'

/** resource_view_list: a resource's views in their order. */
export const resource_view_list = defineAction('resource_view_list', {
  readOnly: true,
  auth: anyone, // below, in CKAN's order: an unknown resource is a 404 first
  help: `List the views of a resource, in their order.

The caller must be allowed to read the resource's dataset. A resource
taken out of its dataset keeps its views until the dataset's next update.

:param id: id of the resource
:type id: string

:rtype: list of dictionaries`,
  run(ctx, params) {
    getOrBust(params, 'id')
    const resource = findResourceRow(ctx.db, params.id) ?? notFound()
    requireReadResource(ctx, resource)
    return shownViewsOfResource(ctx.db, resource.id).map((row) => dictizeView(ctx.db, row))
  },
})
