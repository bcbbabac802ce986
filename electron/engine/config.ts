/** The settings CKAN reads from its ini file, with CKAN 2.10's defaults. */

export type EngineConfig = {
  /** Absolute base URL the site is reached at; help URLs and download URLs start with it. */
  siteUrl: string
  siteTitle: string
  siteDescription: string
  /** ckan.auth.create_unowned_dataset (default false: even sysadmins need an organization). */
  createUnownedDataset: boolean
  /** ckan.auth.create_dataset_if_not_in_organization (default true): with unowned datasets allowed, users outside any organization create them too. */
  createDatasetIfNotInOrganization: boolean
  /** ckan.auth.anon_create_dataset (default false): with the two above, anonymous callers create and update unowned datasets. */
  anonCreateDataset: boolean
  /** ckan.auth.create_user_via_api (default false: only sysadmins create users). */
  createUserViaApi: boolean
  /** ckan.auth.user_create_organizations / user_create_groups (default true). */
  userCreateOrganizations: boolean
  userCreateGroups: boolean
  /** ckan.auth.user_delete_organizations / user_delete_groups (default true): admins may delete theirs; else sysadmins only. */
  userDeleteOrganizations: boolean
  userDeleteGroups: boolean
  /** ckan.auth.public_user_details (default true). */
  publicUserDetails: boolean
  /** ckan.auth.public_activity_stream_detail (default false): an activity's data is for the dataset's editors; true: its readers. */
  publicActivityStreamDetail: boolean
  /** ckan.max_resource_size in MB (default 10). */
  maxResourceSizeMb: number
  /** ckan.max_image_size in MB (default 2): the largest group, user or logo image. */
  maxImageSizeMb: number
  /** ckan.search.rows_max (default 1000): package_search's largest page; larger rows are cut to it. */
  searchRowsMax: number
  /** search.facets.limit (default 50): how many values each facet shows when facet.limit is not given. */
  searchFacetsLimit: number
  /** ckan.group_and_organization_list_max (default 1000): group_list's and organization_list's largest page of names. */
  groupListMax: number
  /** ckan.group_and_organization_list_all_fields_max (default 25): their largest page with all_fields. */
  groupListAllFieldsMax: number
  /** ckan.activity_list_limit (default 31): an activity list's page when no limit is given. */
  activityListLimit: number
  /** ckan.activity_list_limit_max (default 100): an activity list's largest page; larger limits are cut to it. */
  activityListLimitMax: number
  /** ckan.auth.allow_dataset_collaborators (default false): users may be made collaborators on single datasets. */
  allowDatasetCollaborators: boolean
  /** ckan.auth.allow_admin_collaborators (default false): a collaborator may also be an 'admin', who manages the others. */
  allowAdminCollaborators: boolean
  /** ckan.auth.allow_collaborators_to_change_owner_org (default false). */
  allowCollaboratorsToChangeOwnerOrg: boolean
}

export const defaultConfig: EngineConfig = {
  siteUrl: 'http://127.0.0.1:5000',
  siteTitle: 'Shelfmark',
  siteDescription: 'A local CKAN-compatible catalog',
  createUnownedDataset: false,
  createDatasetIfNotInOrganization: true,
  anonCreateDataset: false,
  createUserViaApi: false,
  userCreateOrganizations: true,
  userCreateGroups: true,
  userDeleteOrganizations: true,
  userDeleteGroups: true,
  publicUserDetails: true,
  publicActivityStreamDetail: false,
  maxResourceSizeMb: 10,
  maxImageSizeMb: 2,
  searchRowsMax: 1000,
  searchFacetsLimit: 50,
  groupListMax: 1000,
  groupListAllFieldsMax: 25,
  activityListLimit: 31,
  activityListLimitMax: 100,
  allowDatasetCollaborators: false,
  allowAdminCollaborators: false,
  allowCollaboratorsToChangeOwnerOrg: false,
}
