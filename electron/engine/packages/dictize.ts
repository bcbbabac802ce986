/**
 * The stored form of a dataset dict: package_show's keys in CKAN's order
 * (the dataset's own fields, custom ones included, alphabetically; then its
 * lists), with the derived fields (license, counts) computed once at save.
 * `organization` and `groups` are placeholders that showPackage fills in.
 */
import { isOpenLicense, licenseById } from '../licenses.ts'
import type { TagDict } from './package-tags.ts'
import type { PackageDict, ResourceDict } from './store.ts'
import type { CoreFields } from './validate-fields.ts'

export type StoredParts = {
  id: string
  fields: CoreFields
  custom: Record<string, unknown>
  creatorUserId: string | null
  metadataCreated: string
  metadataModified: string
  resources: ResourceDict[]
  tags: TagDict[]
  extras: Record<string, unknown>[]
}

/** Builds the dict saved in packages.data. */
export function storedPackageDict(parts: StoredParts): PackageDict {
  const scalars: Record<string, unknown> = {
    ...parts.custom,
    ...parts.fields,
    ...licenseFields(parts.fields.license_id),
    creator_user_id: parts.creatorUserId,
    id: parts.id,
    metadata_created: parts.metadataCreated,
    metadata_modified: parts.metadataModified,
    num_resources: parts.resources.length,
    num_tags: parts.tags.length,
    organization: null,
  }
  const dict: Record<string, unknown> = {}
  for (const key of Object.keys(scalars).sort()) dict[key] = scalars[key]
  dict.resources = parts.resources
  dict.tags = parts.tags
  dict.extras = parts.extras
  dict.groups = []
  dict.relationships_as_subject = []
  dict.relationships_as_object = []
  return dict as PackageDict
}

/**
 * license_title, license_url and isopen as CKAN's package_dictize derives
 * them: from the license register when the id is known (license_url only
 * when it has one), else the title is the id itself.
 */
export function licenseFields(licenseId: unknown): Record<string, unknown> {
  const license = typeof licenseId === 'string' ? licenseById(licenseId) : undefined
  if (!license) return { isopen: false, license_title: licenseId ?? null }
  const fields: Record<string, unknown> = { isopen: isOpenLicense(license.id) }
  if (license.url) {
    fields.license_title = license.title.split('::').pop()
    fields.license_url = license.url
  } else fields.license_title = license.title
  return fields
}

/** A resource dict with its keys in CKAN's order (alphabetical, extras included). */
export function sortedResource(resource: Record<string, unknown>): ResourceDict {
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(resource).sort()) sorted[key] = resource[key]
  return sorted as ResourceDict
}
