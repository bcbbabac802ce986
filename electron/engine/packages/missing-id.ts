/**
 * The error of a patch action sent without an id. CKAN checks the caller's
 * rights first, and the auth function fails to load the object without one
 * ("Missing id, can not get Package object"); sysadmins skip auth and reach
 * the action's own check (`id: Missing value`).
 */
import { isSysadmin, type Context } from '../context.ts'
import { ValidationError } from '../errors.ts'

export function missingId(ctx: Context, objectClass: 'Package' | 'Resource'): ValidationError {
  return isSysadmin(ctx) ? new ValidationError({ id: ['Missing value'] }) : objectNotLoadable(objectClass)
}

/** The 409 of CKAN's auth helpers (logic/auth _get_object) asked to load an object without an id. */
export function objectNotLoadable(objectClass: 'Package' | 'Resource' | 'Group' | 'User' | 'Activity'): ValidationError {
  return new ValidationError({ message: `Missing id, can not get ${objectClass} object` })
}
