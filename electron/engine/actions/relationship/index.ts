/** The dataset relationship actions, as the registry lists them (CKAN's package_relationship_*). */
import type { ActionDefinition } from '../../define-action.ts'
import { package_relationship_create } from './package_relationship_create.ts'
import { package_relationship_delete } from './package_relationship_delete.ts'
import { package_relationship_update } from './package_relationship_update.ts'
import { package_relationships_list } from './package_relationships_list.ts'

export const relationshipActions: ActionDefinition[] = [
  package_relationship_create,
  package_relationship_update,
  package_relationship_delete,
  package_relationships_list,
]
