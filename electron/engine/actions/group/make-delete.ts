/**
 * organization_delete/_purge and group_delete/_purge: the lookup comes first
 * (404), then auth (admin to delete, sysadmin to purge), then the removal.
 */
import type { ActionDefinition } from '../../define-action.ts'
import { requireUser } from '../../auth/roles.ts'
import { recordGroupActivity } from '../../groups/activity.ts'
import { requireDeleteGroup, requirePurge } from '../../groups/auth.ts'
import { purgeGroup, softDeleteGroup } from '../../groups/remove.ts'
import { findTarget } from './make-update.ts'
import { deleteHelp, kindOf, purgeHelp } from './help-texts.ts'

/** The definition of organization_delete (isOrg) or group_delete. */
export function makeDelete(isOrg: boolean): Omit<ActionDefinition, 'name'> {
  return {
    help: deleteHelp(kindOf(isOrg)),
    auth(ctx, params) {
      const row = findTarget(ctx, params) // CKAN looks the group up before its auth check
      requireUser(ctx, isOrg ? 'organization_delete' : 'group_delete')
      requireDeleteGroup(ctx, row, kindOf(isOrg))
    },
    run(ctx, params) {
      const row = softDeleteGroup(ctx, findTarget(ctx, params))
      recordGroupActivity(ctx, row, 'deleted')
      return null
    },
  }
}

/** The definition of organization_purge (isOrg) or group_purge. */
export function makePurge(isOrg: boolean): Omit<ActionDefinition, 'name'> {
  const missing = isOrg ? 'Organization was not found' : 'Group was not found'
  return {
    help: purgeHelp(kindOf(isOrg)),
    auth(ctx, params) {
      findTarget(ctx, params, missing)
      requirePurge(ctx, isOrg ? 'organization_purge' : 'group_purge')
    },
    run(ctx, params) {
      purgeGroup(ctx, findTarget(ctx, params, missing))
      return null
    },
  }
}
