/** The search actions, as the registry lists them. */
import type { ActionDefinition } from '../../define-action.ts'
import { format_autocomplete } from './format_autocomplete.ts'
import { group_autocomplete } from './group_autocomplete.ts'
import { organization_autocomplete } from './organization_autocomplete.ts'
import { package_autocomplete } from './package_autocomplete.ts'
import { package_search } from './package_search.ts'
import { resource_search } from './resource_search.ts'
import { tag_autocomplete } from './tag_autocomplete.ts'
import { tag_search } from './tag_search.ts'
import { user_autocomplete } from './user_autocomplete.ts'

/** Every search action. */
export const searchActions: ActionDefinition[] = [
  package_search,
  resource_search,
  package_autocomplete,
  format_autocomplete,
  organization_autocomplete,
  group_autocomplete,
  user_autocomplete,
  tag_search,
  tag_autocomplete,
]
