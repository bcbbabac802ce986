/**
 * Writes a dataset dict from a remote into the local catalog exactly as the
 * remote sent it: the dict becomes packages.data (custom fields, timestamps,
 * resource and tag ids included), with the relational rows (resources, tag
 * rows, group memberships), the search index and an activity row kept in
 * step, inside the calling sync action's transaction. Its activity row is a
 * summary (see summaryOf).
 *
 * Only `organization`, `groups` and the relationship lists are not stored
 * (the package store composes them at show time; the remote's relationships
 * stay there) and uploads' URLs are kept as bare file names, per the package
 * store's conventions.
 */
import { recordActivity } from '../engine/activity/record.ts'
import { activityLabels } from '../engine/auth/roles.ts'
import type { Context } from '../engine/context.ts'
import { packJsonText } from '../engine/db/packed-json.ts'
import { sql } from '../engine/db/statements.ts'
import { ValidationError } from '../engine/errors.ts'
import { saveGroupMemberships } from '../engine/packages/package-groups.ts'
import { tagRows } from '../engine/packages/package-tags.ts'
import { saveResourceRows } from '../engine/packages/resource-list.ts'
import { giveUpName } from '../engine/packages/save-package.ts'
import { findPackageRow, storedDict, type PackageDict, type PackageRow, type ResourceDict } from '../engine/packages/store.ts'
import { indexPackage } from '../engine/search/index-package.ts'
import { ckanNow } from '../engine/time.ts'
import { isDict, type Dict } from './normalize.ts'

/**
 * Inserts or replaces the dataset `dict.id` with `dict` (already in local
 * space: see translate.ts localFromRemote). Returns the stored dict.
 */
export function writeVerbatim(ctx: Context, dict: Dict): PackageDict {
  const id = String(dict.id)
  const name = String(dict.name)
  const existing = findPackageRow(ctx.db, id)
  const holder = sql(ctx.db, 'SELECT id, state FROM packages WHERE name = ? AND id != ?').get(name, id) as
    | { id: string; state: string }
    | undefined
  if (holder && holder.state !== 'deleted') throw new ValidationError({ name: ['That URL is already in use.'] })
  if (holder) giveUpName(ctx, holder.id)
  const stored = storedForm(id, dict)
  const row = rowOf(stored, existing)
  if (existing) {
    sql(
      ctx.db,
      `UPDATE packages SET name = @name, title = @title, type = @type, state = @state, private = @private,
         owner_org = @owner_org, creator_user_id = @creator_user_id, metadata_created = @metadata_created,
         metadata_modified = @metadata_modified, data = @data WHERE id = @id`,
    ).run(row)
  } else {
    sql(
      ctx.db,
      `INSERT INTO packages (id, name, title, type, state, private, owner_org, creator_user_id, metadata_created,
         metadata_modified, data)
       VALUES (@id, @name, @title, @type, @state, @private, @owner_org, @creator_user_id, @metadata_created,
         @metadata_modified, @data)`,
    ).run(row)
  }
  const previous = existing ? storedDict(existing).resources : []
  saveResourceRows(ctx, id, stored.resources as ResourceDict[], previous, !existing)
  tagRows(ctx.db, tagRefs(ctx, dict.tags)) // the tags' rows, which tag_list and tag_show read
  saveGroupMemberships(ctx, id, localGroupIds(ctx, dict.groups), !existing)
  // The index reads organization and groups from their tables: the stored dict is enough.
  indexPackage(ctx.db, stored)
  recordActivity(ctx, {
    objectId: id,
    type: existing ? 'changed package' : 'new package',
    data: { package: summaryOf(stored) },
    permissionLabels: activityLabels(ctx, row),
  })
  return stored
}

/**
 * What a sync write's activity row carries: the dataset's identity and
 * headline fields, not the whole dict (which the remote and the link's base
 * already hold). Deflating whole dicts would cost more than the write itself
 * on a 10,000-dataset pull.
 */
function summaryOf(shown: PackageDict): Dict {
  const summary: Dict = {}
  for (const key of ['id', 'name', 'title', 'type', 'state', 'private', 'owner_org', 'metadata_modified', 'num_resources', 'num_tags']) {
    summary[key] = shown[key]
  }
  return summary
}

/** The dict as packages.data holds it. */
function storedForm(id: string, dict: Dict): PackageDict {
  // The remote's relationships are not ours: package_show shows the local ones from their table.
  const { organization: _organization, groups: _groups, relationships_as_subject: _subject, relationships_as_object: _object, ...own } = dict
  const resources = Array.isArray(dict.resources) ? dict.resources.filter(isDict) : []
  const stored: Dict = { ...own, id, resources: resources.map((r, position) => ({ ...r, package_id: id, position })) }
  if (!Array.isArray(stored.tags)) stored.tags = []
  if (!Array.isArray(stored.extras)) stored.extras = []
  // Relationships, organization and groups as placeholders, last, where the package store puts them (dictize.ts).
  stored.relationships_as_subject = []
  stored.relationships_as_object = []
  stored.organization = null
  stored.groups = []
  return stored as PackageDict
}

function rowOf(stored: PackageDict, existing: PackageRow | undefined): PackageRow {
  const now = ckanNow()
  const text = (value: unknown) => (typeof value === 'string' ? value : null)
  return {
    id: stored.id,
    name: String(stored.name),
    title: text(stored.title),
    type: text(stored.type) ?? 'dataset',
    state: text(stored.state) ?? 'active',
    private: stored.private === true || stored.private === 'True' || stored.private === 'true' ? 1 : 0,
    owner_org: text(stored.owner_org),
    creator_user_id: text(stored.creator_user_id),
    metadata_created: text(stored.metadata_created) ?? existing?.metadata_created ?? now,
    metadata_modified: text(stored.metadata_modified) ?? now,
    data: packJsonText(JSON.stringify(stored)),
  }
}

/** Tag references for the tags table; a vocabulary seen for the first time is created under its remote id. */
function tagRefs(ctx: Context, tags: unknown): { name: string; vocabulary_id: string | null }[] {
  if (!Array.isArray(tags)) return []
  const refs = new Map<string, { name: string; vocabulary_id: string | null }>()
  for (const tag of tags) {
    if (!isDict(tag) || typeof tag.name !== 'string' || !tag.name) continue
    const vocabulary = typeof tag.vocabulary_id === 'string' && tag.vocabulary_id ? tag.vocabulary_id : null
    if (vocabulary) sql(ctx.db, 'INSERT OR IGNORE INTO vocabularies (id, name) VALUES (?, ?)').run(vocabulary, vocabulary)
    refs.set(`${vocabulary ?? ''}:${tag.name}`, { name: tag.name, vocabulary_id: vocabulary })
  }
  return [...refs.values()]
}

/** Local group ids for a dataset's `groups` (already mapped to local ids), keeping only those that exist. */
function localGroupIds(ctx: Context, groups: unknown): string[] {
  if (!Array.isArray(groups)) return []
  const ids: string[] = []
  for (const group of groups) {
    if (!isDict(group)) continue
    const row = (sql(ctx.db, 'SELECT id FROM groups WHERE id = ? AND is_organization = 0').get(String(group.id ?? '')) ??
      sql(ctx.db, 'SELECT id FROM groups WHERE name = ? AND is_organization = 0').get(String(group.name ?? ''))) as
      | { id: string }
      | undefined
    if (row && !ids.includes(row.id)) ids.push(row.id)
  }
  return ids
}
