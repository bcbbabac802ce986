/** The resource actions, as the registry lists them. */
import type { ActionDefinition } from '../../define-action.ts'

export const resourceActions: ActionDefinition[] = []
