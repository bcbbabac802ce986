/**
 * The typed contract between the engine's doors and their clients: every
 * action the renderer (or any typed client) calls, with its params and result.
 *
 * Shapes follow CKAN 2.10 (ckan-api-contract.md §3); dicts keep CKAN's
 * snake_case. Unknown keys a portal sent survive, hence the index signatures.
 */

/** A tag as it sits inside a dataset dict. */
export type Tag = { id?: string; name: string; display_name?: string; state?: string; vocabulary_id?: string | null }

/** One `{key, value}` extra of a dataset or group. */
export type Extra = { key: string; value: string; deleted?: boolean }

/** A resource dict (§3.3); extra keys a client stored come back at top level. */
export type Resource = {
  id: string
  package_id: string
  url: string
  name: string | null
  description: string | null
  format: string
  mimetype: string | null
  size: number | null
  position: number
  url_type: string | null
  created: string
  last_modified: string | null
  metadata_modified?: string
  hash?: string
  state?: string
  [key: string]: unknown
}

/** The organization summary embedded in a dataset dict. */
export type OrganizationSummary = {
  id: string
  name: string
  title: string
  type: string
  description: string
  image_url: string
  created: string
  is_organization: boolean
  approval_status: string
  state: string
}

/** A group summary embedded in a dataset dict. */
export type GroupSummary = {
  id: string
  name: string
  title: string
  display_name: string
  description: string
  image_display_url: string
}

/** A dataset dict as package_show returns it (§3.2). */
export type Package = {
  id: string
  name: string
  title: string
  type: string
  state: string
  private: boolean
  owner_org: string | null
  organization: OrganizationSummary | null
  creator_user_id: string
  metadata_created: string
  metadata_modified: string
  author: string | null
  author_email: string | null
  maintainer: string | null
  maintainer_email: string | null
  notes: string | null
  url: string | null
  version: string | null
  license_id: string | null
  license_title: string | null
  license_url?: string
  isopen: boolean
  num_resources: number
  num_tags: number
  resources: Resource[]
  tags: Tag[]
  groups: GroupSummary[]
  extras: Extra[]
  [key: string]: unknown
}

/** What a client may send to package_create / package_update: any subset of a dataset. */
export type PackageInput = Partial<Omit<Package, 'tags' | 'resources' | 'groups' | 'extras'>> & {
  tags?: { name: string; vocabulary_id?: string | null }[]
  resources?: Partial<Resource>[]
  groups?: { id?: string; name?: string }[]
  extras?: Extra[]
  [key: string]: unknown
}

/** What resource_create / resource_update accept (an `upload` only travels over multipart). */
export type ResourceInput = Partial<Resource> & { package_id?: string; [key: string]: unknown }

/** An organization or group dict (§3.4). */
export type Group = {
  id: string
  name: string
  title: string
  display_name: string
  description: string
  image_url: string
  image_display_url: string
  type: string
  is_organization: boolean
  approval_status: string
  state: string
  created: string
  package_count?: number
  num_followers?: number
  users?: (User & { capacity: Capacity })[]
  extras?: Extra[]
  packages?: Package[]
  [key: string]: unknown
}

/** What organization_create / group_create / *_patch accept. */
export type GroupInput = Partial<Omit<Group, 'users'>> & {
  users?: { name: string; capacity?: Capacity }[]
  [key: string]: unknown
}

/** A member's role in an organization or group. */
export type Capacity = 'admin' | 'editor' | 'member'

/** A user dict (§3.5); `email` only for the user themself or a sysadmin. */
export type User = {
  id: string
  name: string
  fullname: string | null
  display_name: string
  about: string | null
  created: string
  sysadmin: boolean
  state: string
  email?: string
  image_url?: string | null
  number_created_packages?: number
  [key: string]: unknown
}

/** A license as license_list returns it (flags are the strings "True"/"False"). */
export type License = {
  id: string
  title: string
  url: string
  family: string
  status: string
  maintainer: string
  od_conformance: string
  osd_conformance: string
  domain_content: string
  domain_data: string
  domain_software: string
  is_generic: string
}

/**
 * A dataset as a list shows it: package_search with `fl` (index fields), so a
 * page of results costs a fraction of full dicts. `organization` is its name.
 */
export type DatasetSummary = {
  id: string
  name: string
  title?: string
  organization?: string
  num_resources?: number
  res_format?: string[]
  private?: boolean
  state?: string
  metadata_modified?: string
}

/** One facet's items as package_search returns them in `search_facets`. */
export type SearchFacet = { title: string; items: { name: string; display_name: string; count: number }[] }

/** package_search's result (§5.5). */
export type SearchPage<T = Package> = {
  count: number
  results: T[]
  sort: string
  facets: Record<string, Record<string, number>>
  search_facets: Record<string, SearchFacet>
}

/** package_search's parameters (§5.1); `facet.field` is a JSON list string or a list. */
export type SearchParams = {
  q?: string
  fq?: string
  fq_list?: string[]
  sort?: string
  rows?: number
  start?: number
  facet?: boolean | string
  'facet.field'?: string | string[]
  'facet.limit'?: number
  'facet.mincount'?: number
  include_private?: boolean
  include_drafts?: boolean
  fl?: string | string[]
}

/** An activity stream item (§3.6); dataset activities carry the dataset as it then was. */
export type Activity = {
  id: string
  timestamp: string
  user_id: string
  object_id: string
  activity_type: string
  data: { package?: Package; group?: Group; actor?: string; [key: string]: unknown }
}

/** The caller's view of the site (status_show). */
export type Status = {
  site_title: string
  site_description: string
  site_url: string
  ckan_version?: string
  extensions: string[]
  locale_default?: string
  error_emails_to?: string | null
}

/** A remote CKAN site this catalog syncs with (shelfmark_remote_*); the token itself never comes back. */
export type Remote = {
  id: string
  name: string
  url: string
  created: string
  has_token: boolean
  token_store: string | null
  checked: string | null
  ckan_version: string | null
  extensions: string[]
  capabilities: Record<string, unknown>
  remote_user: string | null
}

/** A sync job (check, pull, push) as shelfmark_job_show returns it. */
export type SyncJob = {
  id: string
  kind: string
  remote: string | null
  params: Record<string, unknown>
  state: 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'interrupted'
  phase: string | null
  done: number
  total: number | null
  bytes_done: number | null
  bytes_total: number | null
  message: string | null
  result: unknown
  error: string | null
  created: string
  started: string | null
  updated: string | null
  finished: string | null
}

/** One changed field between two versions of a dataset. */
export type FieldDiff = { path: string; before: unknown; after: unknown }

/** One dataset's part of a push plan (shelfmark_push_plan). */
export type PushPlanItem = {
  id: string
  name: string
  action: 'create' | 'update' | 'delete' | 'restore' | 'none' | 'blocked'
  remote_id: string | null
  changes: FieldDiff[]
  uploads: { resource_id: string; name: string; size: number }[]
  reason?: string
}

/** A dataset in conflict with a remote, each open field with its three values. */
export type SyncConflict = {
  id: string
  name: string
  remote: string
  kind: 'fields' | 'remote-deleted' | 'local-deleted'
  detected: string
  remote_modified: string | null
  conflicts: { path: string; base: unknown; local: unknown; remote: unknown }[]
}

/** A local change not yet pushed (shelfmark_status). */
export type LocalChange = {
  id: string
  name: string
  change: 'new' | 'modified' | 'deleted' | 'conflict' | 'restore'
  remote: string | null
  errors: Record<string, unknown> | null
}

/** Paging parameters shared by list actions. */
type Paging = { limit?: number; offset?: number }

/** Activity list parameters (2.10: `id`, `offset`, `limit`, `before`, `after`). */
type ActivityParams = Paging & { id: string; before?: number; after?: number; activity_types?: string[] }

/** bulk_update_*'s parameters: an organization (id or name) and ids of datasets it owns; others are left alone. */
type BulkUpdateParams = { org_id: string; datasets: string[] }

/** Every action a typed client calls, with its params and result (STYLE.md). */
export type ActionMap = {
  status_show: { params: Record<string, never>; result: Status }
  help_show: { params: { name: string }; result: string | null }
  license_list: { params: Record<string, never>; result: License[] }
  package_search: { params: SearchParams; result: SearchPage }
  package_list: { params: Paging; result: string[] }
  package_show: { params: { id: string }; result: Package }
  package_create: { params: PackageInput; result: Package }
  package_update: { params: PackageInput & { id: string }; result: Package }
  package_patch: { params: PackageInput & { id: string }; result: Package }
  package_delete: { params: { id: string }; result: null }
  package_resource_reorder: { params: { id: string; order: string[] }; result: { id: string; order: string[] } }
  package_activity_list: { params: ActivityParams; result: Activity[] }
  bulk_update_private: { params: BulkUpdateParams; result: null }
  bulk_update_public: { params: BulkUpdateParams; result: null }
  bulk_update_delete: { params: BulkUpdateParams; result: null }
  resource_show: { params: { id: string }; result: Resource }
  resource_create: { params: ResourceInput & { package_id: string }; result: Resource }
  resource_update: { params: ResourceInput & { id: string }; result: Resource }
  resource_patch: { params: ResourceInput & { id: string }; result: Resource }
  resource_delete: { params: { id: string }; result: null }
  shelfmark_files_missing: { params: { id: string }; result: string[] }
  organization_list: { params: Paging & { all_fields?: boolean; sort?: string; q?: string }; result: Group[] | string[] }
  organization_list_for_user: { params: { id?: string; permission?: string }; result: (Group & { capacity: Capacity })[] }
  organization_show: { params: { id: string; include_users?: boolean; include_datasets?: boolean }; result: Group }
  organization_create: { params: GroupInput & { name: string }; result: Group }
  organization_patch: { params: GroupInput & { id: string }; result: Group }
  organization_delete: { params: { id: string }; result: null }
  organization_activity_list: { params: ActivityParams; result: Activity[] }
  organization_member_create: { params: { id: string; username: string; role: Capacity }; result: unknown }
  organization_member_delete: { params: { id: string; username: string }; result: null }
  group_list: { params: Paging & { all_fields?: boolean; sort?: string; q?: string }; result: Group[] | string[] }
  group_show: { params: { id: string; include_users?: boolean; include_datasets?: boolean }; result: Group }
  group_create: { params: GroupInput & { name: string }; result: Group }
  group_patch: { params: GroupInput & { id: string }; result: Group }
  group_delete: { params: { id: string }; result: null }
  group_member_create: { params: { id: string; username: string; role: Capacity }; result: unknown }
  group_member_delete: { params: { id: string; username: string }; result: null }
  member_create: {
    params: { id: string; object: string; object_type: 'user' | 'package' | 'group'; capacity: string }
    result: unknown
  }
  member_delete: { params: { id: string; object: string; object_type: 'user' | 'package' | 'group' }; result: null }
  member_roles_list: { params: { group_type?: 'organization' | 'group' }; result: { text: string; value: Capacity }[] }
  tag_list: { params: { query?: string; vocabulary_id?: string; all_fields?: boolean }; result: string[] }
  tag_autocomplete: { params: { q: string; limit?: number }; result: string[] }
  format_autocomplete: { params: { q: string; limit?: number }; result: string[] }
  user_show: { params: { id?: string }; result: User }
  user_list: { params: { q?: string; all_fields?: boolean }; result: User[] }
  user_autocomplete: { params: { q: string; limit?: number }; result: { id: string; name: string; fullname: string }[] }
  shelfmark_remote_add: { params: { name: string; url: string; token?: string }; result: Remote }
  shelfmark_remote_list: { params: Record<string, never>; result: Remote[] }
  shelfmark_remote_show: { params: { name: string }; result: Remote }
  shelfmark_remote_check: { params: { name: string }; result: SyncJob }
  shelfmark_remote_remove: { params: { name: string }; result: null }
  shelfmark_remote_token: { params: { name: string; token: string }; result: Remote }
  shelfmark_pull: {
    params: { remote: string; organizations?: string[]; q?: string; files?: boolean; full?: boolean }
    result: SyncJob
  }
  shelfmark_push_plan: { params: { remote: string; datasets?: string[] }; result: PushPlanItem[] }
  shelfmark_push: { params: { remote: string; datasets?: string[]; dry_run?: boolean }; result: SyncJob | PushPlanItem[] }
  shelfmark_status: { params: { remote?: string }; result: { remotes: string[]; changes: LocalChange[] } }
  shelfmark_conflicts: { params: { remote?: string }; result: SyncConflict[] }
  shelfmark_resolve: {
    params: { id: string; remote?: string; take?: 'local' | 'remote'; values?: Record<string, unknown> }
    result: { id: string; name: string; resolved: unknown }
  }
  shelfmark_job_show: { params: { id: string }; result: SyncJob }
  shelfmark_job_list: { params: { limit?: number; remote?: string }; result: SyncJob[] }
  shelfmark_job_cancel: { params: { id: string }; result: SyncJob }
  shelfmark_job_resume: { params: { id: string }; result: SyncJob }
}

/** The name of a typed action. */
export type ActionName = keyof ActionMap
/** The params an action takes. */
export type Params<N extends ActionName> = ActionMap[N]['params']
/** What an action returns on success. */
export type Result<N extends ActionName> = ActionMap[N]['result']

