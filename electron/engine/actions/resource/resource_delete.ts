import { callerName } from '../../context.ts'
import { canEditPackage, requireUser } from '../../auth/roles.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { NotAuthorized, notFound, ValidationError } from '../../errors.ts'
import { findResourceRow, packageOfResource, updateWithResources } from '../../packages/resource-write.ts'
import { showPackage } from '../../packages/store.ts'

/** resource_delete: removes a resource from its dataset (its row stays, state `deleted`). */
export const resource_delete = defineAction('resource_delete', {
  // Mirrors CKAN: unknown id → bare 404 before the auth check.
  auth: anyone,
  help: `Take a resource out of its dataset.

The dataset is saved without it, as by package_update; the resource is
kept internally in the "deleted" state and is no longer shown. Its views
stay until the dataset's next update removes the resource for good, as
in CKAN. The caller must be logged in and allowed to edit the dataset.

:param id: id of the resource
:type id: string

:returns: null`,
  run(ctx, params) {
    if (!('id' in params)) throw new ValidationError({ id: ['Missing value'] })
    const resourceRow = findResourceRow(ctx.db, params.id) ?? notFound()
    requireUser(ctx, 'resource_delete')
    const row = packageOfResource(ctx.db, resourceRow)
    if (!canEditPackage(ctx, row)) {
      throw new NotAuthorized(`User ${callerName(ctx)} not authorized to delete resource ${resourceRow.id}`)
    }
    const dict = showPackage(ctx, row)
    dict.resources = dict.resources.filter((resource) => resource.id !== resourceRow.id)
    updateWithResources(ctx, row, dict, -1)
    return null
  },
})
