/**
 * organization_member_create and group_member_create share CKAN's
 * _group_or_org_member_create: auth ('membership'), member_schema, then member_create.
 */
import type { Context } from '../../context.ts'
import type { ActionDefinition } from '../../define-action.ts'
import { requireUser } from '../../auth/roles.ts'
import { notFound, ValidationError } from '../../errors.ts'
import { requireManageMembers } from '../../groups/auth.ts'
import { findObjectId, requireMemberEdit, saveMembership } from '../../groups/membership.ts'
import { memberSchema } from '../../groups/member-schema.ts'
import { findGroupRow } from '../../groups/store.ts'
import { validateOrThrow } from '../../validate/navl.ts'
import { kindOf, memberCreateHelp } from './help-texts.ts'

/** The definition of organization_member_create (isOrg) or group_member_create. */
export function makeMemberCreate(isOrg: boolean): Omit<ActionDefinition, 'name'> {
  const action = isOrg ? 'organization_member_create' : 'group_member_create'
  return {
    help: memberCreateHelp(kindOf(isOrg)),
    auth(ctx: Context, params) {
      requireUser(ctx, action)
      requireManageMembers(ctx, findGroupRow(ctx.db, params.id))
    },
    run(ctx, params) {
      const data = validateOrThrow(memberSchema, params, ctx)
      const group = findGroupRow(ctx.db, data.id) ?? notFound(isOrg ? 'Organization not found' : 'Group not found')
      const userId =
        findObjectId(ctx, 'user', data.username) ??
        (() => {
          throw new ValidationError({ message: `User ${String(data.username)} does not exist.` })
        })()
      requireMemberEdit(ctx, 'member_create', group, 'user')
      return saveMembership(ctx, group, 'user', userId, String(data.role))
    },
  }
}
