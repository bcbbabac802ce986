/**
 * CKAN's member_create / member_delete flow, shared by the member_* and
 * {organization,group}_member_* actions: lookups, auth, then the row.
 */
import { callerName, type Context } from '../context.ts'
import { hasCapacity, requireUser } from '../auth/roles.ts'
import { sql } from '../db/statements.ts'
import { NotAuthorized, notFound, ValidationError } from '../errors.ts'
import { storedDict, type PackageRow } from '../packages/store.ts'
import { indexPackage } from '../search/index-package.ts'
import { findMember, removeMember, upsertMember, type MemberObjectType, type MemberRow } from './members.ts'
import { findGroupRow, type GroupRow } from './store.ts'

const tables: Record<MemberObjectType, string> = { user: 'users', package: 'packages', group: 'groups', tag: 'tags' }

/** Mirrors model_name_to_class: 'user', 'package', 'group' or 'tag', else CKAN's 409 "Foo isn't a valid model". */
export function objectTypeOf(value: unknown): MemberObjectType {
  const text = String(value)
  if (text === 'user' || text === 'package' || text === 'group' || text === 'tag') return text
  const title = text.replace(/\w\S*/g, (word) => word[0].toUpperCase() + word.slice(1).toLowerCase())
  throw new ValidationError({ message: `${title} isn't a valid model` })
}

/**
 * The id of the user, dataset, group or tag named (id first, then name), in
 * any state. By name a tag is a free one, as CKAN's Tag.get looks names up
 * outside every vocabulary.
 */
export function findObjectId(ctx: Context, type: MemberObjectType, idOrName: unknown): string | undefined {
  if (typeof idOrName !== 'string' || idOrName === '') return undefined
  const table = tables[type]
  const byName = type === 'tag' ? 'name = ? AND vocabulary_id IS NULL' : 'name = ?'
  const row = (sql(ctx.db, `SELECT id FROM ${table} WHERE id = ?`).get(idOrName) ??
    sql(ctx.db, `SELECT id FROM ${table} WHERE ${byName}`).get(idOrName)) as { id: string } | undefined
  return row?.id
}

/**
 * Mirrors CKAN's member_create auth: editing a group's members needs
 * 'update' (admin), except that any member of a group (not an organization)
 * may add or remove datasets ('manage_group').
 */
export function requireMemberEdit(ctx: Context, action: string, group: GroupRow, type: MemberObjectType): void {
  requireUser(ctx, action)
  const needed = !group.is_organization && type === 'package' ? 'member' : 'admin'
  if (!hasCapacity(ctx, group.id, needed)) {
    throw new NotAuthorized(`User ${callerName(ctx)} not authorized to edit group ${group.id}`)
  }
}

/** Group and object of a member_* call, looked up in CKAN's order with its 404 messages. */
export function resolveMember(
  ctx: Context,
  params: Record<string, unknown>,
): { group: GroupRow; type: MemberObjectType; objectId: string } {
  const group = findGroupRow(ctx.db, params.id) ?? notFound('Group was not found.')
  const type = objectTypeOf(params.object_type)
  const objectId = findObjectId(ctx, type, params.object) ?? notFound(`${type[0].toUpperCase()}${type.slice(1)} was not found.`)
  return { group, type, objectId }
}

/**
 * Creates or updates a membership (CKAN's member_create after its auth);
 * an admin may not lower their own capacity.
 */
export function saveMembership(
  ctx: Context,
  group: GroupRow,
  type: MemberObjectType,
  objectId: string,
  capacity: string,
): MemberRow {
  const existing = findMember(ctx.db, group.id, type, objectId)
  if (existing && type === 'user' && objectId === ctx.user?.id && existing.capacity === 'admin' && capacity !== 'admin') {
    throw new NotAuthorized('Administrators cannot revoke their own admin status')
  }
  const row = upsertMember(ctx.db, group.id, type, objectId, capacity)
  if (type === 'package') reindexDataset(ctx, objectId)
  return row
}

/** Removes a membership if there is one (CKAN's member_delete after its auth). */
export function dropMembership(ctx: Context, group: GroupRow, type: MemberObjectType, objectId: string): void {
  if (!findMember(ctx.db, group.id, type, objectId)) return
  removeMember(ctx.db, group.id, type, objectId)
  if (type === 'package') reindexDataset(ctx, objectId)
}

/**
 * A dataset's group list (or its org's name) changed: its search entry must
 * say so. The index reads memberships from the tables, so the stored dict,
 * without any group list of its own, is enough.
 */
export function reindexDataset(ctx: Context, packageId: string): void {
  const row = sql(ctx.db, 'SELECT data FROM packages WHERE id = ?').get(packageId) as Pick<PackageRow, 'data'> | undefined
  if (!row) return
  const { groups: _groups, organization: _organization, ...dict } = storedDict(row) as Record<string, unknown>
  indexPackage(ctx.db, dict)
}
