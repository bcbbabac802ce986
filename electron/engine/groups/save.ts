/**
 * Writes a validated group form: CKAN's group_dict_save and group_member_save.
 */
import { isSysadmin, type Context } from '../context.ts'
import { sql } from '../db/statements.ts'
import { ValidationError } from '../errors.ts'
import { ckanNow, newId } from '../time.ts'
import type { GroupForm, MemberEntry } from './form.ts'
import { listMembers, removeMember, upsertMember } from './members.ts'
import { reindexDataset } from './membership.ts'
import { findGroupRow, insertGroupRow, isGroupIdTaken, updateGroupRow, type GroupRow } from './store.ts'

/** Inserts a new organization or group from a validated form; returns its row. */
export function createGroup(ctx: Context, form: GroupForm, isOrg: boolean): GroupRow {
  const id = form.id && isSysadmin(ctx) ? form.id : newId()
  if (form.id && isSysadmin(ctx) && isGroupIdTaken(ctx.db, id)) throw new ValidationError({ id: ['Id already exists'] })
  const row: GroupRow = {
    id,
    name: form.name as string,
    title: form.title ?? '',
    description: form.description ?? '',
    image_url: form.image_url ?? '',
    type: form.type ?? (isOrg ? 'organization' : 'group'),
    is_organization: isOrg ? 1 : 0,
    approval_status: form.approval_status ?? 'approved',
    // Mirrors ignore_not_group_admin: only sysadmins choose the state of a new group.
    state: form.state && isSysadmin(ctx) ? form.state : 'active',
    created: ckanNow(),
    extras: JSON.stringify(savedExtras([], form.extras)),
    custom: JSON.stringify(form.custom),
  }
  insertGroupRow(ctx.db, row)
  saveMemberLists(ctx, row, form, false)
  return row
}

/**
 * Applies a validated form to an existing row. Omitted columns keep their
 * value; omitted member lists are cleared unless `partial` (patch), as CKAN's
 * group_update does (omitting `users` removes every member). Omitted
 * `packages` never touch a group's datasets (CKAN 2.10's prevent_packages_update).
 */
export function updateGroup(ctx: Context, row: GroupRow, form: GroupForm, partial: boolean): GroupRow {
  const next: GroupRow = {
    ...row,
    name: form.name ?? row.name,
    // Mirrors table_dict_save: only the columns the request names are written.
    title: form.title ?? row.title,
    description: form.description ?? row.description,
    image_url: form.image_url ?? row.image_url,
    approval_status: form.approval_status ?? row.approval_status,
    state: form.state ?? row.state,
    // CKAN keeps the stored extras when the list is omitted or empty ("extras: [] clears nothing").
    extras: JSON.stringify(savedExtras(JSON.parse(row.extras), form.extras)),
    custom: JSON.stringify(partial ? { ...JSON.parse(row.custom), ...form.custom } : form.custom),
  }
  updateGroupRow(ctx.db, next)
  saveMemberLists(ctx, next, form, partial)
  if (next.name !== row.name || next.title !== row.title) reindexDatasetsOf(ctx, next)
  return next
}

/** The search index holds org and group names and titles as text: a rename reindexes their datasets. */
function reindexDatasetsOf(ctx: Context, row: GroupRow): void {
  const ids = (
    row.is_organization
      ? sql(ctx.db, 'SELECT id FROM packages WHERE owner_org = ?').all(row.id)
      : sql(ctx.db, "SELECT table_id AS id FROM members WHERE group_id = ? AND table_name = 'package'").all(row.id)
  ) as { id: string }[]
  for (const { id } of ids) reindexDataset(ctx, id)
}

/**
 * Mirrors group_extras_save: extras are upserted by key; a `deleted` one is
 * removed; with a non-empty list, stored keys it leaves out are removed.
 */
function savedExtras(stored: { key: string; value: unknown }[], sent: GroupForm['extras']): { key: string; value: unknown }[] {
  if (!sent || sent.length === 0) return stored
  const result = new Map<string, unknown>()
  for (const extra of sent) {
    if (extra.deleted && extra.deleted !== 'false') continue
    result.set(String(extra.key), extra.value)
  }
  return [...result].map(([key, value]) => ({ key, value }))
}

/** Mirrors group_member_save for users, datasets (groups only), linked groups and tags. */
function saveMemberLists(ctx: Context, row: GroupRow, form: GroupForm, partial: boolean): void {
  replaceMembers(ctx, row, 'user', form.users, partial, findUserId)
  // Organizations own their datasets through owner_org, never through member rows.
  if (!row.is_organization && form.packages) {
    const changed = replaceMembers(ctx, row, 'package', form.packages, partial, findPackageId)
    for (const id of changed) reindexDataset(ctx, id)
  }
  replaceMembers(ctx, row, 'group', form.groups, partial, (c, name) => findGroupRow(c.db, name)?.id)
  // CKAN's group schema has no `tags`, so a sent list never reaches group_member_save: an update
  // (not a patch) drops every tag member_create added, whatever it sends.
  replaceMembers(ctx, row, 'tag', undefined, partial, () => undefined)
}

/**
 * Makes the group's members of one kind exactly the listed ones. Unknown
 * names are skipped silently (CKAN does the same); a missing capacity is
 * "public". An absent list clears them, unless the update is partial.
 */
function replaceMembers(
  ctx: Context,
  row: GroupRow,
  tableName: string,
  entries: MemberEntry[] | undefined,
  partial: boolean,
  resolve: (ctx: Context, name: string) => string | undefined,
): string[] {
  if (entries === undefined && partial) return []
  const changed: string[] = []
  const wanted = new Map<string, string>()
  for (const entry of entries ?? []) {
    const id = resolve(ctx, entry.name)
    if (id && !wanted.has(id)) wanted.set(id, entry.capacity ?? 'public')
  }
  for (const member of listMembers(ctx.db, row.id, tableName)) {
    if (wanted.get(member.table_id) === member.capacity) {
      wanted.delete(member.table_id)
      continue
    }
    removeMember(ctx.db, row.id, tableName, member.table_id)
    changed.push(member.table_id)
  }
  for (const [id, capacity] of wanted) {
    upsertMember(ctx.db, row.id, tableName, id, capacity)
    changed.push(id)
  }
  return changed
}

function findUserId(ctx: Context, nameOrId: string): string | undefined {
  const row = (sql(ctx.db, 'SELECT id FROM users WHERE id = ?').get(nameOrId) ??
    sql(ctx.db, 'SELECT id FROM users WHERE name = ?').get(nameOrId)) as { id: string } | undefined
  return row?.id
}

function findPackageId(ctx: Context, nameOrId: string): string | undefined {
  const row = (sql(ctx.db, 'SELECT id FROM packages WHERE id = ?').get(nameOrId) ??
    sql(ctx.db, 'SELECT id FROM packages WHERE name = ?').get(nameOrId)) as { id: string } | undefined
  return row?.id
}
