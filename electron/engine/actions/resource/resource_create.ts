import { callerName } from '../../context.ts'
import { requireReadPackage, requireUser } from '../../auth/roles.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { NotAuthorized, notFound, ValidationError } from '../../errors.ts'
import { canUpdatePackage } from '../../packages/package-auth.ts'
import { updateWithResources } from '../../packages/resource-write.ts'
import { findPackageRow, showPackage } from '../../packages/store.ts'
import { applyUpload } from '../../files/apply-upload.ts'
import { newResourceId } from '../../time.ts'

/** resource_create: appends a resource to a dataset. */
export const resource_create = defineAction('resource_create', {
  acceptsFiles: true, // CKAN's uploader is wired into these
  // CKAN reads the dataset (as the caller) before its own auth check: 404 and read 403 come first.
  auth: anyone,
  help: `Appends a new resource to a datasets list of resources.

:param package_id: id of package that the resource should be added to.
:type package_id: string
:param url: url of resource (optional, default: "")
:type url: string
:param description: (optional)
:param format: (optional, guessed from the url when empty)
:param hash: (optional)
:param name: (optional)
:param resource_type: (optional)
:param mimetype: (optional, guessed from the url when absent)
:param mimetype_inner: (optional)
:param cache_url: (optional)
:param size: (optional)
:type size: int
:param created: (optional)
:param last_modified: (optional)
:param cache_last_updated: (optional)

Other keys are kept on the resource as its extras.

:returns: the newly created resource
:rtype: dictionary`,
  run(ctx, params) {
    if (!('package_id' in params)) throw new ValidationError({ package_id: ['Missing value'] })
    const input = { ...params, url: params.url || '' }
    const row = findPackageRow(ctx.db, params.package_id) ?? notFound()
    requireReadPackage(ctx, row)
    requireUser(ctx, 'resource_create')
    if (!canUpdatePackage(ctx, row)) {
      throw new NotAuthorized(`User ${callerName(ctx)} not authorized to create resources on dataset ${String(params.package_id)}`)
    }
    // A file (multipart `upload`) fills url, size, hash…; it moves to files/<id>/ on commit.
    const resource: Record<string, unknown> = input
    if (params.upload !== undefined && !resource.id) resource.id = newResourceId()
    applyUpload(ctx, resource, params.upload)
    const dict = showPackage(ctx, row)
    dict.resources.push(input as never)
    const updated = updateWithResources(ctx, row, dict, -1)
    return updated.resources[updated.resources.length - 1]
  },
})
