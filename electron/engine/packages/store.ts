/**
 * Reading datasets: the packages row and the package_show dict built from
 * it. `packages.data` holds the dict as package_show returns it except its
 * `organization` and `groups` (composed here from the groups and members
 * tables), its relationships (from package_relationships) and uploaded
 * resources' `url` (stored as the bare file name), packed (db/packed-json.ts).
 */
import type { Context } from '../context.ts'
import type { Sqlite } from '../db/open.ts'
import { mungeFilename } from '../files/munge-filename.ts'
import { unpackJsonText, type StoredJson } from '../db/packed-json.ts'
import { ReadMemo } from '../db/read-memo.ts'
import { sql } from '../db/statements.ts'
import { packageGroups, packageOrganization } from '../groups/for-packages.ts'
import { shownRelationships } from '../relationships/store.ts'
import { topLevelValueSpan } from './json-spans.ts'

/** A row of the packages table. */
export type PackageRow = {
  id: string
  name: string
  title: string | null
  type: string
  state: string
  private: number
  owner_org: string | null
  creator_user_id: string | null
  metadata_created: string
  metadata_modified: string
  /** The stored dict, packed (db/packed-json.ts). */
  data: StoredJson
}

/** A dataset dict as package_show returns it. */
export type PackageDict = Record<string, unknown> & { id: string; resources: ResourceDict[] }

/** A resource dict as resource_show returns it. */
export type ResourceDict = Record<string, unknown> & { id: string }

/** The dataset with this id, or else this name (CKAN tries the id first); any state. */
export function findPackageRow(db: Sqlite, idOrName: unknown): PackageRow | undefined {
  return byIdThenName(db, wholeRow, idOrName) as PackageRow | undefined
}

/** A packages-row read (alias p) by id and by name. */
type RowQueries = { byId: string; byName: string }

/**
 * The two texts of a read, made once: put together on each call, the text was a new
 * string, hashed whole (~700 characters for package_show's) to find its statement.
 */
function rowQueries(columns: string): RowQueries {
  return { byId: `SELECT ${columns} FROM packages p WHERE id = ?`, byName: `SELECT ${columns} FROM packages p WHERE name = ?` }
}

/** The packages row (alias p) with this id, or else this name, as `queries` reads it. */
function byIdThenName(db: Sqlite, queries: RowQueries, idOrName: unknown): unknown {
  const key = typeof idOrName === 'number' ? String(idOrName) : idOrName
  if (typeof key !== 'string' || key === '') return undefined
  return sql(db, queries.byId).get(key) ?? sql(db, queries.byName).get(key)
}

const wholeRow = rowQueries('*')

/** What package_show reads of a dataset: who may see it, its stored dict, whether it is in any group or relationship. */
export type ShownRow = Pick<PackageRow, 'id' | 'owner_org' | 'private' | 'state' | 'creator_user_id' | 'data'> & {
  /** 1 when an active membership puts it in some group; 0 spares the groups query. */
  has_members: number
  /** 1 when an active relationship names it (rare); 0 keeps the text splice. */
  has_relationships: number
}

/** findPackageRow for package_show: only the columns it reads, in one statement. */
export function findShownRow(db: Sqlite, idOrName: unknown): ShownRow | undefined {
  return byIdThenName(db, shownRow, idOrName) as ShownRow | undefined
}

const shownRow = rowQueries(`id, owner_org, private, state, creator_user_id, data,
  EXISTS (SELECT 1 FROM members m WHERE m.table_id = p.id AND m.table_name = 'package' AND m.state = 'active') AS has_members,
  (EXISTS (SELECT 1 FROM package_relationships r WHERE r.subject_package_id = p.id AND r.state = 'active')
    OR EXISTS (SELECT 1 FROM package_relationships r WHERE r.object_package_id = p.id AND r.state = 'active')) AS has_relationships`)

/** The stored dict of a row, as saved (organization and groups not yet composed, upload URLs bare). */
export function storedDict(row: Pick<PackageRow, 'data'>): PackageDict {
  return JSON.parse(unpackJsonText(row.data)) as PackageDict
}

/** The package_show dict of a row, with no auth check: organization and groups composed, upload URLs made whole. */
export function showPackage(ctx: Context, row: Pick<PackageRow, 'id' | 'owner_org' | 'data'>): PackageDict {
  return composeShown(ctx, row.id, row.owner_org, storedDict(row))
}

/**
 * JSON.stringify(showPackage(ctx, row)), made without parsing the stored
 * text when nothing inside it changes: the organization and groups are
 * spliced in where the stored dict holds their places. A dataset with
 * uploads (whose URLs are completed per site) takes the parsing path.
 */
export function showPackageJson(ctx: Context, row: ShownRow): string {
  const text = unpackJsonText(row.data)
  // With relationships (rare), or uploads, the dict is parsed and composed.
  if (!text.includes('"url_type":"upload"') && !row.has_relationships) {
    // Dicts stored since the placeholders moved to the end (dictize.ts): no walk needed.
    if (text.endsWith(relationshipsEnding + storedEnding)) {
      const groups = row.has_members ? JSON.stringify(packageGroups(ctx.db, row.id, ctx.config.siteUrl)) : '[]'
      return `${text.slice(0, text.length - storedEnding.length)},"organization":${organizationJson(ctx.db, row.owner_org)},"groups":${groups}}`
    }
    // The stored dict's organization comes early and its groups late (after the resources).
    // Such dicts (written before the placeholders moved) hold empty relationship lists, unlike
    // those a pull wrote before relationships were shown from their table (storedEnding alone).
    const organization = !text.endsWith(storedEnding) && topLevelValueSpan(text, 'organization', 'start')
    const groups = organization && topLevelValueSpan(text, 'groups', 'end')
    if (organization && groups && organization[1] <= groups[0]) {
      return (
        text.slice(0, organization[0]) +
        organizationJson(ctx.db, row.owner_org) +
        text.slice(organization[1], groups[0]) +
        (row.has_members ? JSON.stringify(packageGroups(ctx.db, row.id, ctx.config.siteUrl)) : '[]') +
        text.slice(groups[1])
      )
    }
  }
  return JSON.stringify(composeShown(ctx, row.id, row.owner_org, JSON.parse(text) as PackageDict))
}

/**
 * How a stored dict ends: its organization and groups placeholders. Followed
 * by nothing but the closing brace, they can only be the dict's own keys.
 */
const storedEnding = ',"organization":null,"groups":[]}'

/** What precedes storedEnding in a dict stored with no relationships to show (dictize.ts). */
const relationshipsEnding = ',"relationships_as_subject":[],"relationships_as_object":[]'

/** The dataset's `organization` as JSON; many datasets share one, and it seldom changes. */
function organizationJson(db: Sqlite, ownerOrg: string | null): string {
  return organizationsJson.get(db, ownerOrg ?? '', () => JSON.stringify(packageOrganization(db, ownerOrg)))
}

const organizationsJson = new ReadMemo<string>(1000)

/**
 * Turns a stored dict into the package_show dict, in place: the parts that
 * live in other tables (relationships, organization, groups), and upload URLs
 * as CKAN's resource_dictize writes them.
 */
export function composeShown(ctx: Context, id: string, ownerOrg: string | null, dict: PackageDict): PackageDict {
  const relationships = shownRelationships(ctx.db, id)
  dict.relationships_as_subject = relationships.asSubject
  dict.relationships_as_object = relationships.asObject
  dict.organization = packageOrganization(ctx.db, ownerOrg)
  dict.groups = packageGroups(ctx.db, id, ctx.config.siteUrl)
  return withUploadUrls(ctx, id, dict)
}

/** The stored dict with its uploads' bare file names made whole URLs, in place. */
export function withUploadUrls(ctx: Context, id: string, dict: PackageDict): PackageDict {
  for (const resource of dict.resources ?? []) {
    if (resource.url_type === 'upload' && typeof resource.url === 'string') {
      resource.url = uploadUrl(ctx, id, resource.id, resource.url)
    }
  }
  return dict
}

/**
 * `{site}/dataset/{package id}/resource/{resource id}/download/{file}`, CKAN's download route.
 * The file name is munged as CKAN's resource_dictize munges it (a no-op for the names uploads are
 * stored under; a url_type "upload" a client set on any url gets a name safe in a URL).
 */
export function uploadUrl(ctx: Context, packageId: string, resourceId: string, fileName: string): string {
  const site = ctx.config.siteUrl.replace(/\/+$/, '')
  return `${site}/dataset/${packageId}/resource/${resourceId}/download/${mungeFilename(fileName)}`
}

/** The ids of the groups (not organizations) the dataset is an active member of. */
export function packageGroupIds(db: Sqlite, packageId: string): string[] {
  const rows = sql(
    db,
    `SELECT m.group_id FROM members m JOIN groups g ON g.id = m.group_id
     WHERE m.table_name = 'package' AND m.table_id = ? AND m.state = 'active' AND g.is_organization = 0`,
  ).all(packageId) as { group_id: string }[]
  return rows.map((row) => row.group_id)
}
