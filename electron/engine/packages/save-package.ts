/**
 * Writing a validated dataset: the packages row (with the stored dict, tags
 * included), its resources, group memberships and any relationship lists
 * sent, in the caller's transaction.
 */
import type { Context } from '../context.ts'
import { packJsonText } from '../db/packed-json.ts'
import { sql } from '../db/statements.ts'
import { indexPackage } from '../search/index-package.ts'
import { ckanNow, newOrderedId } from '../time.ts'
import { storedPackageDict } from './dictize.ts'
import { saveGroupMemberships } from './package-groups.ts'
import { tagRows } from './package-tags.ts'
import { assembleResources, saveResourceRows } from './resource-list.ts'
import { findPackageRow, showPackage, type PackageDict, type PackageRow } from './store.ts'
import { saveRelationshipList } from '../relationships/store.ts'
import { releaseUnusedFiles } from '../files/release-files.ts'
import type { PackageTarget, ValidatedPackage } from './validate-package.ts'

/**
 * A saved dataset: its row and its stored dict (organization and groups not
 * yet composed). `alone`: a new dataset saved with no groups and no
 * relationships, so no other table holds any (a relationship row needs its
 * datasets to exist, and goes with them): composing it reads nothing but the
 * organization.
 */
export type SavedPackage = { row: PackageRow; stored: PackageDict; alone?: boolean }

/** Inserts a new dataset. */
export function insertPackage(ctx: Context, validated: ValidatedPackage): SavedPackage {
  const id = validated.id ?? newOrderedId()
  const now = ckanNow()
  freeNameOfDeleted(ctx, validated.fields.name, id)
  const resources = assembleResources(id, validated.resources, [], now)
  const tags = tagRows(ctx.db, validated.tags)
  const stored = storedPackageDict({
    id,
    fields: validated.fields,
    custom: validated.custom,
    creatorUserId: ctx.user?.id ?? null,
    metadataCreated: now,
    metadataModified: now,
    resources,
    tags,
    extras: validated.extras,
  })
  const row = rowOf(stored, validated, id, ctx.user?.id ?? null, now, now)
  sql(
    ctx.db,
    `INSERT INTO packages (id, name, title, type, state, private, owner_org, creator_user_id,
       metadata_created, metadata_modified, data)
     VALUES (@id, @name, @title, @type, @state, @private, @owner_org, @creator_user_id,
       @metadata_created, @metadata_modified, @data)`,
  ).run(row)
  saveResourceRows(ctx, id, resources, [], true)
  saveGroupMemberships(ctx, id, validated.groupIds, true)
  saveRelationships(ctx, id, validated)
  const { subject, object } = validated.relationships
  return { row, stored, alone: validated.groupIds.length === 0 && !subject?.length && !object?.length }
}

/** Replaces an existing dataset with the validated dict; metadata_modified becomes now. */
export function updatePackageRow(ctx: Context, target: PackageTarget, validated: ValidatedPackage): SavedPackage {
  const { row: before, stored: previous } = target
  const now = ckanNow()
  if (validated.fields.name !== before.name) freeNameOfDeleted(ctx, validated.fields.name, before.id)
  const resources = assembleResources(before.id, validated.resources, previous.resources, now)
  const tags = tagRows(ctx.db, validated.tags)
  const stored = storedPackageDict({
    id: before.id,
    fields: validated.fields,
    custom: validated.custom,
    creatorUserId: before.creator_user_id,
    metadataCreated: before.metadata_created,
    metadataModified: now,
    resources,
    tags,
    extras: validated.extras,
  })
  const row = rowOf(stored, validated, before.id, before.creator_user_id, before.metadata_created, now)
  sql(
    ctx.db,
    `UPDATE packages SET name = @name, title = @title, type = @type, state = @state, private = @private,
       owner_org = @owner_org, metadata_modified = @metadata_modified, data = @data
     WHERE id = @id`,
  ).run(row)
  saveResourceRows(ctx, before.id, resources, previous.resources, false)
  // Stored files of resources dropped or no longer uploads go once this commits.
  releaseUnusedFiles(ctx, previous.resources.filter((resource) => resource.url_type === 'upload').map((resource) => resource.id))
  saveGroupMemberships(ctx, before.id, validated.groupIds, false)
  saveRelationships(ctx, before.id, validated)
  return { row, stored }
}

/**
 * Mirrors CKAN 2.10's package_dict_save: relationships are not part of the
 * dataset, so a list is saved only when the dict has its key (an empty list
 * deletes the dataset's relationships on that side).
 */
function saveRelationships(ctx: Context, id: string, validated: ValidatedPackage): void {
  const { subject, object } = validated.relationships
  if (subject) saveRelationshipList(ctx.db, id, 'subject', subject)
  if (object) saveRelationshipList(ctx.db, id, 'object', object)
}

/**
 * Names of deleted datasets may be reused: the deleted dataset silently
 * takes its id as its name (as CKAN does), and is reindexed under it.
 */
function freeNameOfDeleted(ctx: Context, name: string, exceptId: string): void {
  const holder = sql(ctx.db, "SELECT id FROM packages WHERE name = ? AND state = 'deleted' AND id != ?").get(
    name,
    exceptId,
  ) as { id: string } | undefined
  if (holder) giveUpName(ctx, holder.id)
}

/** A deleted dataset gives up its name: it takes its id as name, in its row and stored dict, and is reindexed so. */
export function giveUpName(ctx: Context, id: string): void {
  sql(ctx.db, "UPDATE packages SET name = id, data = pack_json(json_set(unpack_json(data), '$.name', id)) WHERE id = ?").run(id)
  const renamed = findPackageRow(ctx.db, id)
  if (renamed) indexPackage(ctx.db, showPackage(ctx, renamed))
}

function rowOf(
  stored: PackageDict,
  validated: ValidatedPackage,
  id: string,
  creator: string | null,
  created: string,
  modified: string,
): PackageRow {
  const { fields } = validated
  return {
    id,
    name: fields.name,
    title: typeof fields.title === 'string' ? fields.title : null,
    type: fields.type,
    state: fields.state,
    private: fields.private ? 1 : 0,
    owner_org: fields.owner_org,
    creator_user_id: creator,
    metadata_created: created,
    metadata_modified: modified,
    data: packJsonText(JSON.stringify(stored)),
  }
}
