/**
 * `shelfmark sysadmin add NAME [--email] [--password]`: creates a sysadmin,
 * or makes an existing user one, as CKAN's `ckan sysadmin add` does.
 */
import type { Engine } from '../engine.ts'
import { ckanNow, newId } from '../time.ts'
import { validateOrThrow, type Schema } from '../validate/navl.ts'
import { emailIsUnique, userNameAvailable, userPasswordValidator } from '../validate/user.ts'
import { emailValidator, ignoreMissing, nameValidator, notEmpty, stripValue } from '../validate/validators.ts'
import { recordUserActivity } from './activity.ts'
import { hashPassword } from './password.ts'
import { findUser, insertUser, updateUser, type UserFields } from './store.ts'
import { systemContext } from './system-context.ts'

/** The CLI's arguments: the login name, and optionally an email and a password. */
export type SysadminRequest = { name: string; email?: string; password?: string }

/** What addSysadmin did. */
export type SysadminOutcome = { id: string; name: string; created: boolean; wasSysadmin: boolean }

const optionalFields: Schema = {
  email: [ignoreMissing, stripValue, emailValidator, emailIsUnique],
  password: [ignoreMissing, userPasswordValidator],
}

/**
 * Creates the user as a sysadmin, or promotes an existing one (reactivating
 * a deleted account); a given email or password is set either way. Unlike
 * user_create, email and password are optional: a token-only account needs
 * neither. Throws CKAN's ValidationError for a bad name, email or password.
 */
export function addSysadmin(engine: Engine, request: SysadminRequest): SysadminOutcome {
  return engine.db
    .transaction(() => {
      const ctx = systemContext(engine)
      const existing = findUser(engine.db, request.name)
      const schema: Schema = existing ? optionalFields : { name: [notEmpty, nameValidator, userNameAvailable], ...optionalFields }
      const data = validateOrThrow(schema, { ...request, ...(existing ? { id: existing.id } : {}) }, ctx)
      const fields: UserFields = { sysadmin: 1, state: 'active' }
      if (typeof data.email === 'string' && data.email) fields.email = data.email
      if (typeof data.password === 'string' && data.password) fields.password_hash = hashPassword(data.password)
      if (existing) {
        const user = updateUser(engine.db, existing.id, fields)
        recordUserActivity(ctx, user, 'changed user')
        return { id: user.id, name: user.name, created: false, wasSysadmin: existing.sysadmin === 1 }
      }
      const user = insertUser(engine.db, newId(), ckanNow(), { ...fields, name: request.name })
      recordUserActivity(ctx, user, 'new user')
      return { id: user.id, name: user.name, created: true, wasSysadmin: false }
    })
    .immediate()
}
