import { callerName } from '../../context.ts'
import { canEditPackage, requireReadPackage, requireUser } from '../../auth/roles.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { NotAuthorized, notFound, ValidationError } from '../../errors.ts'
import { isFalsy } from '../../packages/field-values.ts'
import { updateWithResources } from '../../packages/resource-write.ts'
import { findPackageRow, showPackage } from '../../packages/store.ts'
import { applyUpload } from '../../files/apply-upload.ts'
import { newResourceId } from '../../time.ts'
import { addDefaultViewsSkippingAuth } from '../../resource-views/default-views.ts'

/** resource_create: appends a resource to a dataset. */
export const resource_create = defineAction('resource_create', {
  acceptsFiles: true, // CKAN's uploader is wired into these
  // CKAN reads the dataset (as the caller) before its own auth check: 404 and read 403 come first.
  auth: anyone,
  help: `Add a resource at the end of a dataset's resource list.

The caller must be able to read and edit the dataset, which is then
saved as by package_update. Keys not listed here are stored on the
resource as extra fields.

:param package_id: id or name of the dataset
:type package_id: string
:param url: where the data lives (optional, default: "")
:type url: string
:param upload: a file sent as a multipart part; the catalog keeps it and
    fills url, size, hash, last_modified and, if empty, mimetype and
    format (optional)
:param name: (optional)
:type name: string
:param description: (optional)
:type description: string
:param format: e.g. "CSV"; guessed from the url when left empty (optional)
:type format: string
:param mimetype: guessed from the url when not sent (optional)
:type mimetype: string
:param hash, resource_type, mimetype_inner, cache_url: (optional)
:param size: in bytes (optional)
:type size: int
:param created, last_modified, cache_last_updated: ISO 8601 dates
    (optional)

:returns: the new resource
:rtype: dictionary`,
  run(ctx, params) {
    if (!('package_id' in params)) throw new ValidationError({ package_id: ['Missing value'] })
    // Mirrors CKAN: the dataset is read by package_show({id: package_id}), which wants a name_or_id when id is empty.
    if (isFalsy(params.package_id)) throw new ValidationError({ name_or_id: ['Missing value'] })
    // Mirrors CKAN: a url that Python finds false ([] and {} too) becomes "".
    const input = { ...params, url: isFalsy(params.url) ? '' : params.url }
    const row = findPackageRow(ctx.db, params.package_id) ?? notFound()
    requireReadPackage(ctx, row)
    requireUser(ctx, 'resource_create')
    if (!canEditPackage(ctx, row)) {
      throw new NotAuthorized(`User ${callerName(ctx)} not authorized to create resources on dataset ${String(params.package_id)}`)
    }
    // A file (multipart `upload`) fills url, size, hash…; it moves to files/<id>/ on commit.
    const resource: Record<string, unknown> = input
    if (params.upload !== undefined && !resource.id) resource.id = newResourceId()
    applyUpload(ctx, resource, params.upload)
    const dict = showPackage(ctx, row)
    dict.resources.push(input as never)
    const updated = updateWithResources(ctx, row, dict, -1)
    // An id the dataset already has updates that resource in its place (one resource per id).
    const givenId = resource.id
    const saved = typeof givenId === 'string' && givenId ? updated.resources.find((item) => item.id === givenId) : undefined
    const result = saved ?? updated.resources[updated.resources.length - 1]
    // Mirrors CKAN: the new resource gets its default views, skipping auth.
    addDefaultViewsSkippingAuth(ctx, [result])
    return result
  },
})
