/** The search actions, as the registry lists them. */
import type { ActionDefinition } from '../../define-action.ts'

export const searchActions: ActionDefinition[] = []
