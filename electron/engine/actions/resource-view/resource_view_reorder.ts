import { anyone, defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { notFound, ValidationError } from '../../errors.ts'
import { findResourceRow } from '../../packages/resource-write.ts'
import { pythonStr } from '../../resource-views/python-str.ts'
import { viewsOfResource } from '../../resource-views/store.ts'
import { requireEditResource } from '../../resource-views/view-auth.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'

/** resource_view_reorder: puts a resource's views in a new order. */
export const resource_view_reorder = defineAction('resource_view_reorder', {
  auth: anyone, // below, in CKAN's order: the list is checked, then the resource, then the caller
  help: `Change the order of a resource's views.

The views named in order come first, in that order; the others follow
in their current order. The caller must be logged in and allowed to
edit the resource's dataset. Records no activity.

:param id: id of the resource
:type id: string
:param order: ids of the resource's views, each at most once
:type order: list of strings

:returns: the resource's id and all its view ids in their new order
:rtype: dictionary`,
  run(ctx, params) {
    getOrBust(params, 'id', 'order')
    const { order } = params
    if (!Array.isArray(order)) throw new ValidationError({ order: 'Must supply order as a list' })
    // Python's set(): equal values count once (JSON text stands in for lists and dicts, which CKAN cannot hash).
    if (new Set(order.map((item) => JSON.stringify(item))).size !== order.length) {
      throw new ValidationError({ order: 'No duplicates allowed in order' })
    }
    const resource = findResourceRow(ctx.db, params.id) ?? notFound('Resource was not found.')
    requireEditResource(ctx, 'resource_view_reorder', resource)
    const rest = viewsOfResource(ctx.db, resource.id).map((row) => row.id)
    const ordered: string[] = []
    for (const id of order) {
      const at = typeof id === 'string' ? rest.indexOf(id) : -1
      if (at < 0) throw new ValidationError({ order: `View ${pythonStr(id)} does not exist` })
      ordered.push(...rest.splice(at, 1))
    }
    const newOrder = [...ordered, ...rest]
    const place = sql(ctx.db, 'UPDATE resource_views SET position = ? WHERE id = ?')
    newOrder.forEach((id, index) => place.run(index + 1, id))
    return { id: params.id, order: newOrder }
  },
})
