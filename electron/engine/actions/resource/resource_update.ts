import { defineAction, anyone } from '../../define-action.ts'
import { ValidationError } from '../../errors.ts'
import { replaceResource } from '../../packages/resource-replace.ts'

/** resource_update: replaces one resource (fields left out are cleared). */
export const resource_update = defineAction('resource_update', {
  acceptsFiles: true, // CKAN's uploader is wired into these
  // Mirrors CKAN: the resource is looked up (404) before its auth check.
  auth: anyone,
  help: `Update a resource.

To update a resource you must be authorized to update the dataset that the
resource belongs to.

For further parameters see resource_create. Fields left out are removed
from the resource.

:param id: the id of the resource to update
:type id: string

:returns: the updated resource
:rtype: string`,
  run(ctx, params) {
    if (!('id' in params)) throw new ValidationError({ id: ['Missing value'] })
    return replaceResource(ctx, 'resource_update', { ...params, url: params.url || '' })
  },
})
