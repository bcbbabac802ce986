import { requireUser } from '../../auth/roles.ts'
import { isSysadmin } from '../../context.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { notFound } from '../../errors.ts'
import { requireUpdatePackage } from '../../packages/package-auth.ts'
import { findPackageRow } from '../../packages/store.ts'
import { addDefaultViews, callsAsCaller } from '../../resource-views/default-views.ts'
import { defaultViewPlugins } from '../../resource-views/plugins.ts'
import type { ViewDict } from '../../resource-views/store.ts'
import { objectNotLoadable } from '../../packages/missing-id.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { asbool } from '../../validate/validators.ts'

/** package_create_default_resource_views: the default views each of a dataset's resources lacks, made. */
export const package_create_default_resource_views = defineAction('package_create_default_resource_views', {
  auth: anyone, // below, after the package parameter is checked, as CKAN does
  help: `Give each resource of a dataset the default views that suit it and it
does not have (see resource_create_default_resource_views).

The resources are those of the dataset dict sent, with the formats it
gives. The caller must be logged in and allowed to edit the dataset (and
to add to any group the dict lists that the dataset is not in).

:param package: the dataset, as package_show returns it
:type package: dictionary
:param create_datastore_views: make only the views that need data in the
    DataStore instead; there are none here (optional, default: false)
:type create_datastore_views: bool

:returns: the views made (empty when none were)
:rtype: list of dictionaries`,
  run(ctx, params) {
    getOrBust(params, 'package')
    const dataset = params.package
    const dict = dataset !== null && typeof dataset === 'object' && !Array.isArray(dataset) ? (dataset as Record<string, unknown>) : null
    requireUser(ctx, 'package_create_default_resource_views')
    if (!isSysadmin(ctx)) {
      // Mirrors package_update's auth on the dict sent (get_package_object: its id or name).
      if (!dict?.id) throw objectNotLoadable('Package')
      requireUpdatePackage(ctx, findPackageRow(ctx.db, dict.id) ?? notFound(), dict)
    }
    const datastoreViews = asbool(params.create_datastore_views ?? false) ?? false
    const resources = Array.isArray(dict?.resources) ? (dict.resources as unknown[]) : []
    const created: ViewDict[] = []
    for (const resource of resources) {
      // CKAN reads each resource's id and crashes without one; Shelfmark answers as resource_view_list does.
      const item = resource !== null && typeof resource === 'object' ? (resource as Record<string, unknown>) : {}
      created.push(...addDefaultViews(ctx, item, callsAsCaller(ctx), defaultViewPlugins(datastoreViews)))
    }
    return created
  },
})
