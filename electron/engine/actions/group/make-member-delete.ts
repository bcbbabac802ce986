/**
 * organization_member_delete and group_member_delete: CKAN's
 * _group_or_org_member_delete hands `username` (or `user_id`) to member_delete.
 */
import type { ActionDefinition } from '../../define-action.ts'
import { requireUser } from '../../auth/roles.ts'
import { notFound } from '../../errors.ts'
import { dropMembership, findObjectId, requireMemberEdit } from '../../groups/membership.ts'
import { findGroupRow } from '../../groups/store.ts'
import { kindOf, memberDeleteHelp } from './help-texts.ts'

/** The definition of organization_member_delete (isOrg) or group_member_delete. */
export function makeMemberDelete(isOrg: boolean): Omit<ActionDefinition, 'name'> {
  return {
    help: memberDeleteHelp(kindOf(isOrg)),
    auth(ctx) {
      requireUser(ctx, isOrg ? 'organization_member_delete' : 'group_member_delete')
    },
    run(ctx, params) {
      const group = findGroupRow(ctx.db, params.id) ?? notFound('Group was not found.')
      const name = params.username ?? params.user_id
      const userId = findObjectId(ctx, 'user', name) ?? notFound('User was not found.')
      requireMemberEdit(ctx, 'member_delete', group, 'user')
      dropMembership(ctx, group, 'user', userId)
      return null
    },
  }
}
