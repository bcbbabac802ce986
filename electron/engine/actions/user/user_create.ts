/** CKAN's user_create: a new local user account. */
import { callerName, isSysadmin } from '../../context.ts'
import { defineAction, type AuthRule } from '../../define-action.ts'
import { NotAuthorized } from '../../errors.ts'
import { ckanNow, newId } from '../../time.ts'
import { recordUserActivity } from '../../users/activity.ts'
import { dictizeUser } from '../../users/dictize.ts'
import { hashPassword } from '../../users/password.ts'
import { findUser, insertUser } from '../../users/store.ts'
import { storeImageUpload, takeImageUpload } from '../../files/image-upload.ts'
import { MISSING, validateOrThrow, type Schema, type Validator } from '../../validate/navl.ts'
import {
  emailIsUnique,
  ignoreNotSysadmin,
  jsonObject,
  userAboutValidator,
  userNameAvailable,
  userPasswordNotEmpty,
  userPasswordValidator,
} from '../../validate/user.ts'
import {
  booleanValidator,
  emailValidator,
  ignoreMissing,
  nameValidator,
  notEmpty,
  stripValue,
  unicodeSafe,
} from '../../validate/validators.ts'

/** Mirrors CKAN's user_create auth: sysadmins, or anyone when ckan.auth.create_user_via_api is on. */
const canCreateUser: AuthRule = (ctx) => {
  if (isSysadmin(ctx) || ctx.config.createUserViaApi) return
  throw new NotAuthorized(`User ${callerName(ctx)} not authorized to create users via the API`)
}

/**
 * Mirrors CKAN 2.10's user_create, which drops a sysadmin's `id` when it
 * already names a user (User.get: by id or name), so the new user gets a
 * fresh one. (CKAN 2.11 refuses it with "Id already exists" instead.)
 */
const dropTakenUserId: Validator = (value, field) => (findUser(field.ctx.db, value) ? MISSING : value)

/** CKAN's default_user_schema, keys in the order CKAN reports errors (007). */
export const userSchema: Schema = {
  about: [ignoreMissing, userAboutValidator, unicodeSafe],
  activity_streams_email_notifications: [ignoreMissing, booleanValidator],
  email: [notEmpty, stripValue, emailValidator, emailIsUnique, unicodeSafe],
  fullname: [ignoreMissing, unicodeSafe],
  id: [ignoreNotSysadmin, ignoreMissing, unicodeSafe, dropTakenUserId],
  image_url: [ignoreMissing, unicodeSafe],
  name: [notEmpty, nameValidator, userNameAvailable],
  password: [userPasswordValidator, userPasswordNotEmpty, ignoreMissing, unicodeSafe],
  password_hash: [ignoreNotSysadmin, ignoreMissing, unicodeSafe],
  plugin_extras: [ignoreNotSysadmin, ignoreMissing, jsonObject],
  state: [ignoreNotSysadmin, ignoreMissing, unicodeSafe],
  sysadmin: [ignoreNotSysadmin, ignoreMissing, booleanValidator],
}

/** CKAN's Upload('user').update_data_dict(data, 'image_url', 'image_upload', 'clear_upload'): no old file, ever. */
export const userImageFields = {
  folder: 'user',
  urlField: 'image_url',
  fileField: 'image_upload',
  clearField: 'clear_upload',
} as const

export const user_create = defineAction('user_create', {
  auth: canCreateUser,
  acceptsFiles: 'images', // image_upload
  help: `Register a new user account.

    Sysadmins may always do this; anyone else, anonymous callers included,
    only while ckan.auth.create_user_via_api is on. Fields marked
    "sysadmins only" are ignored when someone else sends them.

    :param name: the login name, unique: 2 to 100 characters of lowercase
        ASCII letters, digits, \`\`-\`\` and \`\`_\`\`
    :type name: string
    :param email: contact address, not already used (in any letter case)
        by another active or pending account
    :type email: string
    :param password: at least 8 characters; a sysadmin sending
        \`\`password_hash\`\` may leave it out
    :type password: string
    :param fullname: the name shown for the user (optional)
    :type fullname: string
    :param about: profile text; links in it are refused as spam (optional)
    :type about: string
    :param image_url: a picture for the profile (optional)
    :type image_url: string
    :param image_upload: a PNG, GIF or JPEG picture file instead
        (multipart; at most ckan.max_image_size MB); image_url becomes its
        stored name, served under /uploads/user/ (optional)
    :type image_upload: file
    :param activity_streams_email_notifications: (optional, default
        \`\`False\`\`)
    :type activity_streams_email_notifications: bool
    :param id: a chosen id (optional, sysadmins only; one that already
        names a user is ignored and a new id is made)
    :type id: string
    :param password_hash: a ready-made hash, stored instead of hashing
        \`\`password\`\` (optional, sysadmins only)
    :type password_hash: string
    :param sysadmin: give the account sysadmin rights (optional, sysadmins
        only)
    :type sysadmin: bool
    :param state: the starting state (optional, sysadmins only, default
        \`\`"active"\`\`)
    :type state: string
    :param plugin_extras: a JSON object kept for extensions (optional,
        sysadmins only)
    :type plugin_extras: dict

    :returns: the new account, \`\`email\`\` included
    :rtype: dictionary
    `,
  run(ctx, params) {
    // Mirrors CKAN's user_create: the uploader takes the file before the schema runs, stores it after the save.
    const request = { ...params }
    const image = takeImageUpload(ctx, request, userImageFields)
    const data = validateOrThrow(userSchema, request, ctx)
    const passwordHash =
      typeof data.password_hash === 'string' ? data.password_hash : hashPassword(String(data.password))
    const user = insertUser(ctx.db, typeof data.id === 'string' ? data.id : newId(), ckanNow(), {
      name: data.name as string,
      email: data.email as string,
      fullname: (data.fullname as string | undefined) ?? null,
      about: (data.about as string | undefined) ?? null,
      image_url: (data.image_url as string | undefined) ?? null,
      password_hash: passwordHash,
      sysadmin: data.sysadmin === true ? 1 : 0,
      state: (data.state as string | undefined) ?? 'active',
      activity_streams_email_notifications: data.activity_streams_email_notifications === true ? 1 : 0,
      plugin_extras: data.plugin_extras ? JSON.stringify(data.plugin_extras) : null,
    })
    storeImageUpload(ctx, image)
    recordUserActivity(ctx, user, 'new user')
    return dictizeUser(ctx, user, {
      keepPrivateFields: true,
      includePluginExtras: 'plugin_extras' in data,
    })
  },
})
