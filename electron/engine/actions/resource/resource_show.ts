import { callerName } from '../../context.ts'
import { canReadPackage } from '../../auth/roles.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { NotAuthorized, notFound, ValidationError } from '../../errors.ts'
import { findResourceRow, packageOfResource } from '../../packages/resource-write.ts'
import { storedDict, uploadUrl } from '../../packages/store.ts'
import { noViews, wantsTracking } from '../../packages/tracking.ts'

/** resource_show: one resource of a dataset the caller may read. */
export const resource_show = defineAction('resource_show', {
  readOnly: true,
  // Mirrors CKAN: unknown id → bare 404; unreadable dataset → 403; deleted resource → "Resource was not found.".
  auth: anyone,
  help: `Fetch one resource by its id.

The caller must be allowed to read the resource's dataset. For an
uploaded file, url is the address to download it from.

:param id: id of the resource
:type id: string
:param include_tracking: add tracking_summary page-view counts (always
    zero here: Shelfmark serves no pages to count) (optional, default False)
:type include_tracking: bool

:rtype: dictionary`,
  run(ctx, params) {
    if (!('id' in params)) throw new ValidationError({ id: ['Missing value'] })
    const resourceRow = findResourceRow(ctx.db, params.id) ?? notFound()
    const row = packageOfResource(ctx.db, resourceRow)
    if (!canReadPackage(ctx, row)) {
      throw new NotAuthorized(`User ${callerName(ctx)} not authorized to read resource ${resourceRow.id}`)
    }
    const resource = storedDict(row).resources.find((item) => item.id === resourceRow.id)
    if (!resource) notFound('Resource was not found.')
    if (resource.url_type === 'upload' && typeof resource.url === 'string') {
      resource.url = uploadUrl(ctx, row.id, resource.id, resource.url)
    }
    // Mirrors CKAN: the flag goes on to package_show, whose resources then carry their counts.
    if (wantsTracking(params)) resource.tracking_summary = noViews()
    return resource
  },
})
