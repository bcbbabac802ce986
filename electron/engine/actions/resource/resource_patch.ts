import { requireUser } from '../../auth/roles.ts'
import { isSysadmin } from '../../context.ts'
import { isFalsy } from '../../packages/field-values.ts'
import { missingId } from '../../packages/missing-id.ts'
import { defineAction } from '../../define-action.ts'
import { requireResourceEditable, replaceResource, shownResource } from '../../packages/resource-replace.ts'

/** resource_patch: changes only the resource fields sent. */
export const resource_patch = defineAction('resource_patch', {
  acceptsFiles: true, // CKAN's uploader is wired into these
  auth: (ctx) => requireUser(ctx, 'resource_patch'),
  help: `Change some fields of a resource and keep all the others.

The keys sent are laid over the resource's current values and the
result is saved as by resource_update. A file sent as upload replaces
the stored one. The caller must be logged in and allowed to edit the
dataset.

:param id: id of the resource
:type id: string

Other parameters are resource fields, as for resource_create.

:returns: the saved resource
:rtype: dictionary`,
  run(ctx, params) {
    // Mirrors CKAN: the auth function wants a truthy id ("" and null too get "Missing id…"); sysadmins skip it.
    if (params.id === undefined || (!isSysadmin(ctx) && isFalsy(params.id))) throw missingId(ctx, 'Resource')
    requireResourceEditable(ctx, params.id)
    const patched = { ...shownResource(ctx, params.id), ...params }
    return replaceResource(ctx, 'resource_update', { ...patched, url: isFalsy(patched.url) ? '' : patched.url })
  },
})
