/** The resource actions, as the registry lists them. */
import type { ActionDefinition } from '../../define-action.ts'
import { resource_create } from './resource_create.ts'
import { resource_delete } from './resource_delete.ts'
import { resource_patch } from './resource_patch.ts'
import { resource_show } from './resource_show.ts'
import { resource_update } from './resource_update.ts'
import { shelfmark_files_missing } from './shelfmark_files_missing.ts'

export const resourceActions: ActionDefinition[] = [
  resource_create,
  resource_show,
  resource_update,
  resource_patch,
  resource_delete,
  shelfmark_files_missing,
]
