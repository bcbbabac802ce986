/** CKAN's user_update: change a user account (yourself, or anyone as a sysadmin). */
import { defineAction } from '../../define-action.ts'
import { NotFound } from '../../errors.ts'
import { recordUserActivity } from '../../users/activity.ts'
import { requireUserEditable } from '../../users/auth.ts'
import { dictizeUser } from '../../users/dictize.ts'
import { hashPassword } from '../../users/password.ts'
import { findUser, updateUser, type UserFields } from '../../users/store.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { storeImageUpload, takeImageUpload } from '../../files/image-upload.ts'
import { validateOrThrow, type Schema } from '../../validate/navl.ts'
import { userNameUnchanged, userPasswordValidator } from '../../validate/user.ts'
import { ignoreMissing, nameValidator } from '../../validate/validators.ts'
import { userImageFields, userSchema } from './user_create.ts'

/** CKAN's default_update_user_schema: name and password become optional; the rest as on create. */
const updateSchema: Schema = {
  ...userSchema,
  id: [],
  name: [ignoreMissing, nameValidator, userNameUnchanged],
  password: [userPasswordValidator, ignoreMissing],
}

/**
 * The columns a validated update sets. Keys absent from the request, or null
 * (CKAN's ignore_missing drops those), keep their values (table_dict_save).
 */
export function userFieldsFrom(data: Record<string, unknown>): UserFields {
  const fields: Record<string, unknown> = {}
  for (const key of ['name', 'email', 'fullname', 'about', 'image_url', 'state']) {
    if (typeof data[key] === 'string') fields[key] = data[key]
  }
  if (typeof data.password === 'string' && data.password !== '') fields.password_hash = hashPassword(data.password)
  if (typeof data.password_hash === 'string') fields.password_hash = data.password_hash
  if (typeof data.sysadmin === 'boolean') fields.sysadmin = data.sysadmin ? 1 : 0
  if (typeof data.activity_streams_email_notifications === 'boolean') {
    fields.activity_streams_email_notifications = data.activity_streams_email_notifications ? 1 : 0
  }
  if (data.plugin_extras && typeof data.plugin_extras === 'object') fields.plugin_extras = JSON.stringify(data.plugin_extras)
  return fields as UserFields
}

export const user_update = defineAction('user_update', {
  auth(ctx, params) {
    // Mirrors CKAN's order: the id is required and must name a user before auth is asked.
    getOrBust(params, 'id')
    const target = findUser(ctx.db, params.id) ?? notFoundUser()
    requireUserEditable(ctx, target)
  },
  acceptsFiles: 'images', // image_upload
  help: `Rewrite a user account from the fields sent.

    Users may change their own account; sysadmins may change any. \`\`email\`\`
    must always be sent; other fields left out keep their stored values, and
    an empty \`\`password\`\` keeps the current one (a null one is refused). A
    new \`\`name\`\` is accepted only for an account still pending, even from
    a sysadmin (as in CKAN 2.10). The fields
    user_create reserves for sysadmins are reserved here too.

    :param id: id or name of the account to change
    :type id: string

    Everything else is as in user_create, image_upload included (the
    picture it replaces stays on disk, as in CKAN).

    :returns: the account after the change
    :rtype: dictionary
    `,
  run(ctx, params) {
    // Mirrors CKAN's user_update: the uploader takes the file before the schema runs, stores it after the save.
    const request = { ...params }
    const image = takeImageUpload(ctx, request, userImageFields)
    const data = validateOrThrow(updateSchema, request, ctx)
    const target = findUser(ctx.db, data.id) ?? notFoundUser()
    const user = updateUser(ctx.db, target.id, userFieldsFrom(data))
    storeImageUpload(ctx, image)
    recordUserActivity(ctx, user, 'changed user')
    return dictizeUser(ctx, user, { includePluginExtras: 'plugin_extras' in data })
  },
})

function notFoundUser(): never {
  throw new NotFound('User was not found.')
}
