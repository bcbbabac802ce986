/**
 * Default views (CKAN's datapreview.add_views_to_resource): each default
 * view plugin whose can_view suits a resource gives it a view titled with
 * the plugin's default title, unless the resource has a view of that type.
 *
 * CKAN creates them on package_create (every resource), resource_create (the
 * new one) and resource_update when the format changed, skipping auth; the
 * two *_create_default_resource_views actions do the same as their caller.
 */
import type { Context } from '../context.ts'
import { defaultViewPlugins, type ViewPlugin } from './plugins.ts'
import { dictizeView, insertView, viewsOfResource, type ViewDict } from './store.ts'

/** How the views of a resource are listed and made: as the caller (through the actions) or skipping auth. */
export type ViewCalls = {
  typesOf(resourceId: unknown): unknown[]
  create(view: { resource_id: unknown; view_type: string; title: string; description: string }): ViewDict
}

/** Lists and makes views through resource_view_list and resource_view_create, as the caller. */
export function callsAsCaller(ctx: Context): ViewCalls {
  return {
    typesOf: (resourceId) => (ctx.call('resource_view_list', { id: resourceId }) as ViewDict[]).map((view) => view.view_type),
    create: (view) => ctx.call('resource_view_create', view) as ViewDict,
  }
}

/** Lists and makes views directly, as CKAN's own calls with ignore_auth do (the view's fields are known good). */
export function callsSkippingAuth(ctx: Context): ViewCalls {
  return {
    typesOf: (resourceId) => viewsOfResource(ctx.db, String(resourceId)).map((row) => row.view_type),
    create: (view) =>
      dictizeView(
        ctx.db,
        insertView(ctx, view.view_type, {
          resource_id: String(view.resource_id),
          title: view.title,
          description: view.description,
          config: {},
        }),
      ),
  }
}

/** The default views a resource lacks and can show, made; returns them (empty when none). */
export function addDefaultViews(
  ctx: Context,
  resource: Record<string, unknown>,
  calls: ViewCalls,
  plugins: ViewPlugin[] = defaultViewPlugins(false),
): ViewDict[] {
  if (!plugins.length) return []
  const existing = calls.typesOf(resource.id)
  const created: ViewDict[] = []
  for (const plugin of plugins) {
    if (existing.includes(plugin.name) || !plugin.canView(ctx, resource)) continue
    created.push(calls.create({ resource_id: resource.id, view_type: plugin.name, title: plugin.defaultTitle, description: '' }))
  }
  return created
}

/** Default views for resources that can show them, skipping auth (package_create's, resource_create's and resource_update's call). */
export function addDefaultViewsSkippingAuth(ctx: Context, resources: Record<string, unknown>[]): void {
  // A resource no default plugin suits needs no lookup: most get none.
  const plugins = defaultViewPlugins(false)
  for (const resource of resources) {
    if (plugins.some((plugin) => plugin.canView(ctx, resource))) addDefaultViews(ctx, resource, callsSkippingAuth(ctx), plugins)
  }
}
