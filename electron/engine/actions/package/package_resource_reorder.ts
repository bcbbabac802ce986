import { requireReadPackage, requireUser } from '../../auth/roles.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { notFound, ValidationError } from '../../errors.ts'
import { isFalsy } from '../../packages/field-values.ts'
import { requireUpdatePackage } from '../../packages/package-auth.ts'
import { findPackageRow, showPackage } from '../../packages/store.ts'
import { targetOf, updatePackage } from '../../packages/write-package.ts'
import { pythonStr } from '../../resource-views/python-str.ts'

/** package_resource_reorder: puts the listed resources first, in that order. */
export const package_resource_reorder = defineAction('package_resource_reorder', {
  // CKAN checks its parameters and reads the dataset before asking for update rights.
  auth: anyone,
  help: `Set the order of a dataset's resources.

The resources named in order come first, in that sequence; any not named
follow, keeping their current relative order. Each id must be one of the
dataset's resources and may appear only once. The caller needs the right
to edit the dataset.

:param id: id or name of the dataset
:type id: string
:param order: resource ids in the wanted order
:type order: list of strings

:returns: {"id": the id as sent, "order": every resource id in the new
    order}
:rtype: dictionary`,
  run(ctx, params) {
    if (!('id' in params)) throw new ValidationError({ id: ['Missing value'] })
    if (!('order' in params)) throw new ValidationError({ order: ['Missing value'] })
    const order = params.order
    if (!Array.isArray(order)) throw new ValidationError({ order: 'Must be a list of resource' })
    if (new Set(order).size !== order.length) throw new ValidationError({ order: 'Must supply unique resource_ids' })
    // Mirrors CKAN: the dataset is read by package_show({id}), which wants a name_or_id when id is empty.
    if (isFalsy(params.id)) throw new ValidationError({ name_or_id: ['Missing value'] })
    const row = findPackageRow(ctx.db, params.id) ?? notFound()
    requireReadPackage(ctx, row)
    const dict = showPackage(ctx, row)
    const rest = [...dict.resources]
    const ordered = order.map((id) => {
      const index = rest.findIndex((resource) => resource.id === id)
      if (index < 0) throw new ValidationError({ order: `resource_id ${pythonStr(id)} can not be found` })
      return rest.splice(index, 1)[0]
    })
    dict.resources = [...ordered, ...rest]
    requireUser(ctx, 'package_resource_reorder')
    requireUpdatePackage(ctx, row)
    updatePackage(ctx, targetOf(row), { ...dict, id: row.id, type: row.type })
    return { id: params.id, order: dict.resources.map((resource) => resource.id) }
  },
})
