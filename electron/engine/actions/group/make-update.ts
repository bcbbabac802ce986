/**
 * organization_update/_patch and group_update/_patch share CKAN's
 * _group_or_org_update. Update replaces the member lists (omitting `users`
 * removes every member, admins included); patch leaves out what it omits.
 */
import { isSysadmin, type Context } from '../../context.ts'
import type { ActionDefinition } from '../../define-action.ts'
import { requireUser } from '../../auth/roles.ts'
import { notFound, ValidationError } from '../../errors.ts'
import { recordGroupActivity } from '../../groups/activity.ts'
import { requireUpdateGroup } from '../../groups/auth.ts'
import { updatedGroupDict } from '../../groups/dictize.ts'
import { validateGroupForm } from '../../groups/form.ts'
import { updateGroup } from '../../groups/save.ts'
import { findGroupRow, type GroupRow } from '../../groups/store.ts'
import { objectNotLoadable } from '../../packages/missing-id.ts'
import { storeImageUpload, takeImageUpload } from '../../files/image-upload.ts'
import { kindOf, updateHelp } from './help-texts.ts'
import { groupImageFields } from './make-create.ts'

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
  const isOrg = action.startsWith('organization_')
  return {
    help: updateHelp(kindOf(isOrg), partial),
    auth(ctx, params) {
      if (partial) {
        findPatchTarget(ctx, params, action, isOrg)
        return
      }
      const row = findTarget(ctx, params) // CKAN looks the group up before its auth check
      refuseTypeChange(row, params) // _group_or_org_update checks the type before its auth
      requireUser(ctx, action)
      requireUpdateGroup(ctx, row, kindOf(isOrg))
    },
    acceptsFiles: 'images', // image_upload
    run(ctx, params) {
      const row = findTarget(ctx, params)
      // The id names the row; the type is the stored one (any other was refused in auth).
      const { id: _id, type: _type, ...fields } = params
      // *_patch sends CKAN's update the stored image_url (from *_show): clear_upload then clears it.
      if (partial && fields.image_url === undefined) fields.image_url = row.image_url ?? ''
      // Mirrors _group_or_org_update: the stored image is the uploader's old file (kept, replaced or cleared).
      const image = takeImageUpload(ctx, fields, groupImageFields(row.image_url))
      const form = validateGroupForm(ctx, fields, row.id)
      const next = updateGroup(ctx, row, form, partial)
      storeImageUpload(ctx, image)
      recordGroupActivity(ctx, next, 'changed')
      return updatedGroupDict(ctx, next)
    },
  }
}

/**
 * Mirrors CKAN 2.10's *_patch: its own auth comes first (no anonymous
 * caller; for others the auth function loads the group, failing with its
 * own messages), then *_show of the right kind (a bare 404), then the
 * update's type rule.
 */
function findPatchTarget(ctx: Context, params: Record<string, unknown>, action: string, isOrg: boolean): GroupRow {
  requireUser(ctx, action)
  // Sysadmins skip the auth function and reach *_show's own check of the id.
  if (!isSysadmin(ctx) && !params.id) throw objectNotLoadable('Group')
  // _get_or_bust lets a null id through: *_show then finds no group.
  if (params.id === undefined) throw new ValidationError({ id: ['Missing value'] })
  const row = findGroupRow(ctx.db, params.id) ?? notFound()
  requireUpdateGroup(ctx, row, kindOf(isOrg))
  if (Boolean(row.is_organization) !== isOrg) notFound()
  refuseTypeChange(row, params)
  return row
}
