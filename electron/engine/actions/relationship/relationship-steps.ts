/**
 * The steps package_relationship_create, _update and _delete share, in
 * CKAN's order: the three required keys, the two datasets (404s naming the
 * value as Python's %r prints it), and the rule for changing relationships.
 */
import { canEditPackage, requireUser } from '../../auth/roles.ts'
import { callerName, type Context } from '../../context.ts'
import { NotAuthorized, NotFound } from '../../errors.ts'
import { findPackageRow, type PackageRow } from '../../packages/store.ts'
import { pyRepr } from '../../search/py-repr.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { pythonJsonDumps } from '../../validate/python-json.ts'

/** The two datasets a relationship call names. */
export type RelationshipEnds = { subject: PackageRow; object: PackageRow }

/**
 * Mirrors CKAN's opening: get_or_bust(subject, object, type), then
 * Package.get of each (id, then name, any state), with CKAN's messages.
 */
export function findEnds(ctx: Context, params: Record<string, unknown>): RelationshipEnds {
  getOrBust(params, 'subject', 'object', 'type')
  const subject = findPackageRow(ctx.db, params.subject)
  if (!subject) throw new NotFound(`Subject package ${pythonValueRepr(params.subject)} was not found.`)
  const object = findPackageRow(ctx.db, params.object)
  if (!object) throw new NotFound(`Object package ${pythonValueRepr(params.object)} was not found.`)
  return { subject, object }
}

/**
 * CKAN's package_relationship_create auth rule, which _update and _delete
 * reuse: the caller may edit both datasets. CKAN 2.10 means to check both
 * (its docstrings say so), but its auth helper keeps the first dataset it
 * looked up in the context, so only the subject is checked; Shelfmark checks
 * both (README).
 */
export function mayEditBoth(ctx: Context, ends: RelationshipEnds): boolean {
  return canEditPackage(ctx, ends.subject) && canEditPackage(ctx, ends.object)
}

/**
 * The create/update check: a logged-in caller first (CKAN's message names the
 * action asked for), then "User {name} not authorized to edit these packages".
 */
export function requireChangeRelationship(ctx: Context, action: string, ends: RelationshipEnds): void {
  requireUser(ctx, action)
  if (!mayEditBoth(ctx, ends)) throw new NotAuthorized(`User ${callerName(ctx)} not authorized to edit these packages`)
}

/**
 * The comment as CKAN stores data_dict.get('comment', ''): "" when absent,
 * null kept, numbers and booleans as the database's text of them.
 */
export function commentOf(params: Record<string, unknown>): string | null {
  const comment = params.comment
  if (comment === undefined) return ''
  if (comment === null || typeof comment === 'string') return comment
  return pythonJsonDumps(comment)
}

/** Python's repr() of a JSON value, for CKAN's "%r" messages. */
export function pythonValueRepr(value: unknown): string {
  if (typeof value === 'string') return pyRepr(value)
  if (value === null || value === undefined) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  return pythonJsonDumps(value)
}
