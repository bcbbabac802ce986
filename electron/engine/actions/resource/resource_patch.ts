import { requireUser } from '../../auth/roles.ts'
import { defineAction } from '../../define-action.ts'
import { requireResourceEditable, replaceResource, shownResource } from '../../packages/resource-replace.ts'

/** resource_patch: changes only the resource fields sent. */
export const resource_patch = defineAction('resource_patch', {
  acceptsFiles: true, // CKAN's uploader is wired into these
  auth: (ctx) => requireUser(ctx, 'resource_patch'),
  help: `Patch a resource

:param id: the id of the resource
:type id: string

The difference between the update and patch methods is that the patch will
perform an update of the provided parameters, while leaving all other
parameters unchanged, whereas the update methods deletes all parameters not
explicitly provided in the data_dict

:returns: the updated resource
:rtype: dictionary`,
  run(ctx, params) {
    requireResourceEditable(ctx, params.id)
    const patched = { ...shownResource(ctx, params.id), ...params }
    return replaceResource(ctx, 'resource_update', { ...patched, url: patched.url || '' })
  },
})
