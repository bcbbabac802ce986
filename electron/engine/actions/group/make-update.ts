/**
 * organization_update/_patch and group_update/_patch share CKAN's
 * _group_or_org_update. Update replaces the member lists (omitting `users`
 * removes every member, admins included); patch leaves out what it omits.
 */
import type { Context } from '../../context.ts'
import type { ActionDefinition } from '../../define-action.ts'
import { requireUser } from '../../auth/roles.ts'
import { notFound, ValidationError } from '../../errors.ts'
import { recordGroupActivity } from '../../groups/activity.ts'
import { requireUpdateGroup } from '../../groups/auth.ts'
import { updatedGroupDict } from '../../groups/dictize.ts'
import { validateGroupForm } from '../../groups/form.ts'
import { updateGroup } from '../../groups/save.ts'
import { findGroupRow, type GroupRow } from '../../groups/store.ts'
import { kindOf, updateHelp } from './help-texts.ts'

/** The group an update, delete or patch names by `id`, with CKAN's errors when absent. */
export function findTarget(ctx: Context, params: Record<string, unknown>, message = 'Group was not found.'): GroupRow {
  if (params.id === undefined) throw new ValidationError({ id: ['Missing value'] }) // CKAN's _get_or_bust
  return findGroupRow(ctx.db, params.id) ?? notFound(message)
}

/**
 * Mirrors CKAN 2.10's _group_or_org_update: a `type` other than the stored
 * one is refused (absent or null means the stored one).
 */
function refuseTypeChange(row: GroupRow, params: Record<string, unknown>): void {
  if (params.type !== undefined && params.type !== null && params.type !== row.type) {
    throw new ValidationError({ message: 'Type cannot be updated' })
  }
}

/** The definition of {organization,group}_{update,patch}. */
export function makeUpdate(action: string, partial: boolean): Omit<ActionDefinition, 'name'> {
  return {
    help: updateHelp(kindOf(action.startsWith('organization_')), partial),
    auth(ctx, params) {
      const row = findTarget(ctx, params) // CKAN looks the group up before its auth check
      // _group_or_org_update checks the type before its auth; *_patch's own auth comes first.
      if (!partial) refuseTypeChange(row, params)
      requireUser(ctx, action)
      requireUpdateGroup(ctx, row)
      if (partial) refuseTypeChange(row, params)
    },
    run(ctx, params) {
      const row = findTarget(ctx, params)
      // The id names the row; the type is the stored one (any other was refused in auth).
      const { id: _id, type: _type, ...fields } = params
      const form = validateGroupForm(ctx, fields, row.id)
      const next = updateGroup(ctx, row, form, partial)
      recordGroupActivity(ctx, next, 'changed')
      return updatedGroupDict(ctx, next)
    },
  }
}
