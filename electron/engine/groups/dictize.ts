/**
 * An organization or group as organization_show / group_show return it
 * (CKAN 2.10's group_dictize), plus any custom fields a portal sent, kept as
 * sent (a deliberate difference from CKAN, which drops them).
 */
import type { Context } from '../context.ts'
import { sql } from '../db/statements.ts'
import { countAllDatasets, countDatasets, listDatasets } from './datasets.ts'
import { imageDisplayUrl } from './for-packages.ts'
import { memberUsers } from './member-users.ts'
import { customOf, extrasOf, type GroupRow } from './store.ts'

/** What to add to the core keys; each mirrors a `*_show` parameter. */
export type GroupDictOptions = {
  includeDatasets?: boolean
  /** How many datasets include_datasets lists (default: the first search page). */
  datasetLimit?: number
  includeDatasetCount?: boolean
  includeExtras?: boolean
  includeUsers?: boolean
  includeGroups?: boolean
  includeTags?: boolean
}

/** How many datasets group_show lists with include_datasets (the first search page). */
export const shownDatasetLimit = 10

/** The core keys every group dict has, in CKAN's order. */
export function groupCoreDict(ctx: Context, row: GroupRow): Record<string, unknown> {
  return {
    approval_status: row.approval_status,
    created: row.created,
    description: row.description ?? '',
    display_name: row.title || row.name,
    id: row.id,
    image_display_url: imageDisplayUrl(row.image_url, ctx.config.siteUrl),
    image_url: row.image_url ?? '',
    is_organization: row.is_organization === 1,
    name: row.name,
    num_followers: 0, // *_show puts the count here (groups/show.ts); the other dicts drop the key
    state: row.state,
    title: row.title ?? '',
    type: row.type,
  }
}

/** The full show dict of a group or organization for this caller. */
export function groupDict(ctx: Context, row: GroupRow, options: GroupDictOptions = {}): Record<string, unknown> {
  const core: Record<string, unknown> = groupCoreDict(ctx, row)
  if (options.includeDatasets || options.includeDatasetCount) core.package_count = countDatasets(ctx, row)
  const dict = sortKeys({ ...customOf(row), ...core })
  if (options.includeDatasets) {
    // The first search page: package_search's default rows, cut to ckan.search.rows_max.
    const limit = options.datasetLimit ?? Math.min(shownDatasetLimit, ctx.config.searchRowsMax)
    dict.packages = listDatasets(ctx, row, limit)
  }
  if (options.includeUsers) dict.users = memberUsers(ctx, row.id)
  if (options.includeExtras) dict.extras = sortedExtras(row)
  if (options.includeTags) dict.tags = memberTags(ctx, row.id)
  if (options.includeGroups) dict.groups = memberGroups(ctx, row.id)
  return dict
}

/**
 * What *_update returns: CKAN's bare group_dictize, with every list and the
 * datasets of the first search page (its search names no rows, so the search
 * default applies, as for *_show), and no num_followers (only *_show adds it).
 */
export function updatedGroupDict(ctx: Context, row: GroupRow): Record<string, unknown> {
  const dict = groupDict(ctx, row, {
    includeDatasets: true,
    includeExtras: true,
    includeUsers: true,
    includeGroups: true,
    includeTags: true,
  })
  delete dict.num_followers
  return dict
}

/** Extras sorted by key, as CKAN's extras_dict_dictize returns them. */
function sortedExtras(row: GroupRow): Record<string, unknown>[] {
  return extrasOf(row)
    .slice()
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((extra) => ({ ...extra }))
}

/** The group's tags (member_create with object_type 'tag'), as CKAN's tag_list_dictize with capacities; a deleted tag's row shows nothing. */
function memberTags(ctx: Context, groupId: string): Record<string, unknown>[] {
  const rows = sql(
    ctx.db,
    `SELECT t.id, t.name, t.vocabulary_id, m.capacity FROM members m JOIN tags t ON t.id = m.table_id
     WHERE m.group_id = ? AND m.table_name = 'tag' AND m.state = 'active' ORDER BY m.rowid`,
  ).all(groupId) as { id: string; name: string; vocabulary_id: string | null; capacity: string }[]
  return rows.map((tag) => sortKeys({ ...tag, display_name: tag.name }))
}

/**
 * The groups linked into this one (table_name 'group'), as CKAN's
 * group_list_dictize gives them: short dicts with their capacity, counts of
 * every active dataset, and their own linked groups in turn, by display name.
 * `seen` stops a hierarchy that loops back on itself.
 */
function memberGroups(ctx: Context, groupId: string, seen: Set<string> = new Set([groupId])): Record<string, unknown>[] {
  const rows = sql(
    ctx.db,
    `SELECT g.*, m.capacity AS member_capacity FROM members m JOIN groups g ON g.id = m.table_id
     WHERE m.group_id = ? AND m.table_name = 'group' AND m.state = 'active' AND g.state = 'active'`,
  ).all(groupId) as (GroupRow & { member_capacity: string })[]
  return rows
    .filter((row) => !seen.has(row.id))
    .map((row) =>
      sortKeys({
        ...groupListDict(ctx, row, { capacity: row.member_capacity, withPackageCount: true }),
        groups: memberGroups(ctx, row.id, new Set([...seen, row.id])),
      }),
    )
    .sort(byDisplayName)
}

/** The dict's keys in alphabetical order (CKAN's JSON output of a show dict is sorted). */
function sortKeys(dict: Record<string, unknown>): Record<string, unknown> {
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(dict).sort()) sorted[key] = dict[key]
  return sorted
}

/**
 * The short dict of CKAN's group_list_dictize (organization_list_for_user,
 * group_list_authz, linked groups): core columns, `capacity` when given,
 * and, when asked, `package_count` of every active dataset (countAllDatasets).
 */
export function groupListDict(
  ctx: Context,
  row: GroupRow,
  options: { capacity?: string; withPackageCount?: boolean },
): Record<string, unknown> {
  const core: Record<string, unknown> = groupCoreDict(ctx, row)
  delete core.num_followers
  if (options.capacity) core.capacity = options.capacity
  if (options.withPackageCount) core.package_count = countAllDatasets(ctx, row)
  return sortKeys({ ...customOf(row), ...core })
}

/** Sorts group dicts by display name, as group_list_dictize does. */
export function byDisplayName(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const x = String(a.display_name)
  const y = String(b.display_name)
  return x < y ? -1 : x > y ? 1 : 0
}
