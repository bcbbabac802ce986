/** The search actions, as the registry lists them. */
import type { ActionDefinition } from '../../define-action.ts'
import { package_search } from './package_search.ts'

export const searchActions: ActionDefinition[] = [package_search]
