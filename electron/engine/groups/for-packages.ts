/**
 * What a dataset dict shows of its organization and groups, composed at show
 * time from the groups and members tables so a rename needs no package rewrite.
 * Used by the package store (package_show) and by the group actions.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import type { GroupRow } from './store.ts'

/** The dataset's `organization` (CKAN's package_dictize): the owner org's row, only while it is active. */
export function packageOrganization(db: Sqlite, ownerOrg: string | null | undefined): Record<string, unknown> | null {
  if (!ownerOrg) return null
  const row = sql(db, "SELECT * FROM groups WHERE id = ? AND state = 'active' AND is_organization = 1").get(ownerOrg) as
    | GroupRow
    | undefined
  return row ? groupTableDict(row) : null
}

/**
 * The dataset's `groups`: its active groups (not organizations), each
 * {id, name, title, display_name, description, image_display_url}, sorted by
 * display name as package_dictize does.
 */
export function packageGroups(db: Sqlite, packageId: string, siteUrl: string): Record<string, unknown>[] {
  const rows = sql(
    db,
    `SELECT g.* FROM members m JOIN groups g ON g.id = m.group_id
     WHERE m.table_name = 'package' AND m.table_id = ? AND m.state = 'active'
       AND g.state = 'active' AND g.is_organization = 0`,
  ).all(packageId) as GroupRow[]
  return rows
    .map((row) => ({
      description: row.description ?? '',
      display_name: row.title || row.name,
      id: row.id,
      image_display_url: imageDisplayUrl(row.image_url, siteUrl),
      name: row.name,
      title: row.title ?? '',
    }))
    .sort((a, b) => (a.display_name < b.display_name ? -1 : a.display_name > b.display_name ? 1 : 0))
}

/** CKAN's table_dictize of a group row: the columns only (activity data, a dataset's organization). */
export function groupTableDict(row: GroupRow): Record<string, unknown> {
  return {
    id: row.id,
    name: row.name,
    title: row.title ?? '',
    type: row.type,
    description: row.description ?? '',
    image_url: row.image_url ?? '',
    created: row.created,
    is_organization: row.is_organization === 1,
    approval_status: row.approval_status,
    state: row.state,
  }
}

/** image_display_url as CKAN's group_dictize computes it: "" when unset, else uploadedImageUrl's. */
export function imageDisplayUrl(imageUrl: string | null, siteUrl: string): string {
  return imageUrl ? uploadedImageUrl(siteUrl, 'group', imageUrl) : ''
}

/**
 * An image_url as CKAN shows it: the URL itself when it starts with "http",
 * else a bare uploaded file name, served under {site_url}/uploads/{folder}/.
 */
export function uploadedImageUrl(siteUrl: string, folder: 'group' | 'user', imageUrl: string): string {
  return imageUrl.startsWith('http') ? imageUrl : `${siteUrl.replace(/\/$/, '')}/uploads/${folder}/${imageUrl}`
}
