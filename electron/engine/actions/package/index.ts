/** The package actions, as the registry lists them. */
import type { ActionDefinition } from '../../define-action.ts'
import { bulk_update_delete, bulk_update_private, bulk_update_public } from './bulk_update.ts'
import { current_package_list_with_resources } from './current_package_list_with_resources.ts'
import { dataset_purge } from './dataset_purge.ts'
import { package_collaborator_create } from './package_collaborator_create.ts'
import { package_collaborator_delete } from './package_collaborator_delete.ts'
import { package_collaborator_list } from './package_collaborator_list.ts'
import { package_collaborator_list_for_user } from './package_collaborator_list_for_user.ts'
import { package_create } from './package_create.ts'
import { package_delete } from './package_delete.ts'
import { package_list } from './package_list.ts'
import { package_owner_org_update } from './package_owner_org_update.ts'
import { package_patch } from './package_patch.ts'
import { package_resource_reorder } from './package_resource_reorder.ts'
import { package_revise } from './package_revise.ts'
import { package_show } from './package_show.ts'
import { package_update } from './package_update.ts'

export const packageActions: ActionDefinition[] = [
  package_create,
  package_show,
  package_update,
  package_patch,
  package_revise,
  package_delete,
  dataset_purge,
  package_list,
  current_package_list_with_resources,
  package_owner_org_update,
  package_resource_reorder,
  bulk_update_private,
  bulk_update_public,
  bulk_update_delete,
  package_collaborator_create,
  package_collaborator_delete,
  package_collaborator_list,
  package_collaborator_list_for_user,
]
