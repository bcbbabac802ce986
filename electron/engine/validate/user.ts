/**
 * CKAN's user validators (ckan/logic/validators.py), camelCased, with CKAN's
 * exact messages.
 */
import { isSysadmin } from '../context.ts'
import { findUser, usersWithEmail } from '../users/store.ts'
import { Invalid, MISSING, type Validator } from './navl.ts'
import { pythonTruthy } from './validators.ts'

/** Code points, as Python's len() counts them. */
function length(text: string): number {
  return [...text].length
}

/** Mirrors user_name_validator on create: the login name must be free. */
export const userNameAvailable: Validator = (value, field) => {
  if (typeof value !== 'string') throw new Invalid('User names must be strings')
  if (findUser(field.ctx.db, value)) throw new Invalid('That login name is not available.')
  return value
}

/**
 * Mirrors CKAN 2.10's user_name_validator on update (the user is the
 * request's `id`): keeping the name is fine; another user's name is taken;
 * only a pending account may be renamed, by anyone allowed to update it,
 * sysadmins included (CKAN 2.11 lets sysadmins rename any account).
 */
export const userNameUnchanged: Validator = (value, field) => {
  if (typeof value !== 'string') throw new Invalid('User names must be strings')
  const target = findUser(field.ctx.db, field.data.id)
  const holder = findUser(field.ctx.db, value)
  if (holder) {
    if (holder.id === target?.id) return value
    throw new Invalid('That login name is not available.')
  }
  if (target && target.state !== 'pending') {
    throw new Invalid('That login name can not be modified.')
  }
  return value
}

/**
 * Mirrors email_is_unique: no other active or pending user may hold the
 * address (case-insensitively); a user keeping their own address passes.
 */
export const emailIsUnique: Validator = (value, field) => {
  if (typeof value !== 'string' || value === '') return value
  const others = usersWithEmail(field.ctx.db, value)
  if (!others.length) return value
  const { name, id } = field.data
  if (others.some((user) => user.name === name || user.name === id || user.id === id)) return value
  throw new Invalid(`The email address '${value}' belongs to a registered user.`)
}

/**
 * Mirrors user_password_validator: strings only (null too is refused: only
 * a missing key passes); "" passes here; fewer than 8 characters fails.
 */
export const userPasswordValidator: Validator = (value) => {
  if (value === MISSING || value === undefined) return value
  if (typeof value !== 'string') throw new Invalid('Passwords must be strings')
  if (value !== '' && length(value) < 8) throw new Invalid('Your password must be 8 characters or longer')
  return value
}

/**
 * Mirrors user_password_not_empty: a password is required on create, unless a
 * sysadmin imports the user with a password_hash.
 */
export const userPasswordNotEmpty: Validator = (value, field) => {
  if (field.data.password_hash !== undefined && field.data.password_hash !== null && isSysadmin(field.ctx)) return value
  // CKAN tests the password's truthiness here (`if not password`), not not_empty's rule: false and 0 are missing too.
  if (value === MISSING || !pythonTruthy(value)) throw new Invalid('Missing value')
  return value
}

/** Mirrors user_about_validator: links in the description look like spam. */
export const userAboutValidator: Validator = (value) => {
  if (typeof value === 'string' && (value.includes('http://') || value.includes('https://'))) {
    throw new Invalid('Edit not allowed as it looks like spam. Please avoid links in your description.')
  }
  return value
}

/**
 * Mirrors ignore_not_sysadmin: drops the field for anyone but a sysadmin.
 * Put it before ignoreMissing: the MISSING it returns then ends the chain
 * and removes the key.
 */
export const ignoreNotSysadmin: Validator = (value, field) => (isSysadmin(field.ctx) ? value : MISSING)

/** Mirrors navl's empty: a field the caller must not send ("The input field id was not expected."). */
export const empty: Validator = (value, field) => {
  if (value !== MISSING && value !== undefined && value !== null && value !== '' && value !== false && value !== 0) {
    throw new Invalid(`The input field ${field.key} was not expected.`)
  }
  return MISSING
}

/** Mirrors json_object: the value must be a JSON object. */
export const jsonObject: Validator = (value) => {
  if (value === null || value === '' || value === MISSING) return value
  if (typeof value !== 'object' || Array.isArray(value)) throw new Invalid('The value should be a valid JSON object')
  return value
}
