import { requireUser } from '../../auth/roles.ts'
import { isSysadmin } from '../../context.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { findResourceRow } from '../../packages/resource-write.ts'
import { addDefaultViews, callsAsCaller } from '../../resource-views/default-views.ts'
import { defaultViewPlugins } from '../../resource-views/plugins.ts'
import { requireCreateOnResource } from '../../resource-views/view-auth.ts'
import { objectNotLoadable } from '../../packages/missing-id.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { asbool } from '../../validate/validators.ts'

/** resource_create_default_resource_views: the default views a resource lacks, made. */
export const resource_create_default_resource_views = defineAction('resource_create_default_resource_views', {
  auth: anyone, // below, after the resource parameter is checked, as CKAN does
  help: `Give a resource the default views that suit it and it does not have.

Shelfmark's default view is image_view (CKAN's ckan.views.default_views,
"image_view datatables_view", without the DataStore's DataTables view):
it suits resources whose format is PNG, JPEG, JPG or GIF. The format is
read from the resource dict sent. The caller must be logged in and
allowed to add resources to the resource's dataset.

:param resource: the resource, as resource_show returns it (its id is
    required)
:type resource: dictionary
:param package: its dataset, as package_show returns it (optional)
:type package: dictionary
:param create_datastore_views: make only the views that need data in the
    DataStore instead; there are none here (optional, default: false)
:type create_datastore_views: bool

:returns: the views made (empty when none were)
:rtype: list of dictionaries`,
  run(ctx, params) {
    getOrBust(params, 'resource')
    const resource = params.resource as Record<string, unknown>
    requireUser(ctx, 'resource_create_default_resource_views')
    // CKAN reads resource['id'] here and crashes without one; Shelfmark answers as its get_resource_object does.
    const id = resource !== null && typeof resource === 'object' && !Array.isArray(resource) ? resource.id : undefined
    if (!id) throw objectNotLoadable('Resource')
    if (!isSysadmin(ctx)) requireCreateOnResource(ctx, 'resource_create_default_resource_views', findResourceRow(ctx.db, id) ?? notFound())
    // Mirrors CKAN: without a dataset dict, package_show is asked for the resource's dataset (as the caller).
    if (!params.package) ctx.call('package_show', { id: resource.package_id })
    const datastoreViews = asbool(params.create_datastore_views ?? false) ?? false
    return addDefaultViews(ctx, resource, callsAsCaller(ctx), defaultViewPlugins(datastoreViews))
  },
})
