/** The group actions, as the registry lists them. */
import type { ActionDefinition } from '../../define-action.ts'
import { group_create } from './group_create.ts'
import { group_member_create } from './group_member_create.ts'
import { member_create } from './member_create.ts'
import { organization_create } from './organization_create.ts'
import { organization_member_create } from './organization_member_create.ts'

export const groupActions: ActionDefinition[] = [
  organization_create,
  organization_member_create,
  group_create,
  group_member_create,
  member_create,
]
