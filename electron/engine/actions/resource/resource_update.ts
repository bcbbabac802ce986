import { defineAction, anyone } from '../../define-action.ts'
import { ValidationError } from '../../errors.ts'
import { isFalsy } from '../../packages/field-values.ts'
import { replaceResource } from '../../packages/resource-replace.ts'

/** resource_update: rewrites one resource (of the fields left out, CKAN's remove_if_not_provided ones are cleared). */
export const resource_update = defineAction('resource_update', {
  acceptsFiles: true, // CKAN's uploader is wired into these
  // Mirrors CKAN: the resource is looked up (404) before its auth check.
  auth: anyone,
  help: `Overwrite a resource with the fields sent.

Left out, url, description, resource_type, mimetype, mimetype_inner and
any custom field are cleared; name, format, hash, size, url_type and the
dates keep their values (datastore_active carries over too). Use
resource_patch to change only some fields. A file sent as upload replaces
the stored one. The caller must be logged in and allowed to edit the
resource's dataset.

:param id: id of the resource
:type id: string

Other parameters are resource fields, as for resource_create.

:returns: the saved resource
:rtype: dictionary`,
  run(ctx, params) {
    if (!('id' in params)) throw new ValidationError({ id: ['Missing value'] })
    return replaceResource(ctx, 'resource_update', { ...params, url: isFalsy(params.url) ? '' : params.url })
  },
})
