/**
 * organization_create and group_create share CKAN's _group_or_org_create:
 * validate, save, make the creator an admin, record "new …", return the show dict.
 */
import { callerName, type Context } from '../../context.ts'
import type { ActionDefinition } from '../../define-action.ts'
import { requireUser } from '../../auth/roles.ts'
import { invalid, NotAuthorized } from '../../errors.ts'
import { recordGroupActivity } from '../../groups/activity.ts'
import { validateGroupForm } from '../../groups/form.ts'
import { upsertMember } from '../../groups/members.ts'
import { createGroup } from '../../groups/save.ts'
import { showGroup } from '../../groups/show.ts'
import { storeImageUpload, takeImageUpload } from '../../files/image-upload.ts'
import { createHelp, kindOf } from './help-texts.ts'

/** The definition of organization_create (isOrg) or group_create. */
export function makeCreate(isOrg: boolean): Omit<ActionDefinition, 'name'> {
  const action = isOrg ? 'organization_create' : 'group_create'
  return {
    help: createHelp(kindOf(isOrg)),
    auth(ctx: Context) {
      requireUser(ctx, action)
      const allowed = isOrg ? ctx.config.userCreateOrganizations : ctx.config.userCreateGroups
      if (!allowed && ctx.user?.sysadmin !== 1) {
        // CKAN's message names the user by id here (get_user_id_for_username), not by name.
        throw new NotAuthorized(`User ${ctx.user?.id ?? callerName(ctx)} not authorized to create ${isOrg ? 'organizations' : 'groups'}`)
      }
    },
    acceptsFiles: 'images', // image_upload
    run(ctx, params) {
      // CKAN raises a bare exception (a 500) here; a validation error says the same without crashing.
      if (!isOrg && params.type === 'organization') invalid('type', 'Trying to create an organization as a group')
      const data = { ...params }
      // Mirrors _group_or_org_create: Upload('group').update_data_dict before validation, upload() after the save.
      const image = takeImageUpload(ctx, data, groupImageFields(null))
      const form = validateGroupForm(ctx, data)
      const row = createGroup(ctx, form, isOrg)
      storeImageUpload(ctx, image)
      // Mirrors CKAN: the creator becomes an admin, whatever `users` said about them.
      if (ctx.user) upsertMember(ctx.db, row.id, 'user', ctx.user.id, 'admin')
      recordGroupActivity(ctx, row, 'new')
      return showGroup(ctx, row, {})
    },
  }
}

/** CKAN's Upload('group', old image).update_data_dict(data, 'image_url', 'image_upload', 'clear_upload'); organizations too. */
export function groupImageFields(oldFilename: string | null) {
  return { folder: 'group', urlField: 'image_url', fileField: 'image_upload', clearField: 'clear_upload', oldFilename } as const
}
