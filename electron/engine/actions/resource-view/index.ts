/** The resource view actions, as the registry lists them (CKAN's resource_view_* and *_create_default_resource_views). */
import type { ActionDefinition } from '../../define-action.ts'
import { package_create_default_resource_views } from './package_create_default_resource_views.ts'
import { resource_create_default_resource_views } from './resource_create_default_resource_views.ts'
import { resource_view_clear } from './resource_view_clear.ts'
import { resource_view_create } from './resource_view_create.ts'
import { resource_view_delete } from './resource_view_delete.ts'
import { resource_view_list } from './resource_view_list.ts'
import { resource_view_reorder } from './resource_view_reorder.ts'
import { resource_view_show } from './resource_view_show.ts'
import { resource_view_update } from './resource_view_update.ts'

export const resourceViewActions: ActionDefinition[] = [
  resource_view_create,
  resource_view_show,
  resource_view_list,
  resource_view_update,
  resource_view_reorder,
  resource_view_delete,
  resource_view_clear,
  resource_create_default_resource_views,
  package_create_default_resource_views,
]
