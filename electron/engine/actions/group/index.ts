/** The group actions, as the registry lists them. */
import type { ActionDefinition } from '../../define-action.ts'
import { group_create } from './group_create.ts'
import { group_delete } from './group_delete.ts'
import { group_list } from './group_list.ts'
import { group_list_authz } from './group_list_authz.ts'
import { group_member_create } from './group_member_create.ts'
import { group_member_delete } from './group_member_delete.ts'
import { group_patch } from './group_patch.ts'
import { group_package_show } from './group_package_show.ts'
import { group_purge } from './group_purge.ts'
import { group_show } from './group_show.ts'
import { group_update } from './group_update.ts'
import { member_create } from './member_create.ts'
import { member_delete } from './member_delete.ts'
import { member_list } from './member_list.ts'
import { member_roles_list } from './member_roles_list.ts'
import { organization_create } from './organization_create.ts'
import { organization_delete } from './organization_delete.ts'
import { organization_list } from './organization_list.ts'
import { organization_list_for_user } from './organization_list_for_user.ts'
import { organization_member_create } from './organization_member_create.ts'
import { organization_member_delete } from './organization_member_delete.ts'
import { organization_patch } from './organization_patch.ts'
import { organization_purge } from './organization_purge.ts'
import { organization_show } from './organization_show.ts'
import { organization_update } from './organization_update.ts'

export const groupActions: ActionDefinition[] = [
  organization_create,
  organization_show,
  organization_list,
  organization_update,
  organization_patch,
  organization_delete,
  organization_purge,
  organization_list_for_user,
  organization_member_create,
  organization_member_delete,
  group_create,
  group_show,
  group_list,
  group_update,
  group_patch,
  group_delete,
  group_purge,
  group_list_authz,
  group_package_show,
  group_member_create,
  group_member_delete,
  member_create,
  member_list,
  member_delete,
  member_roles_list,
]
