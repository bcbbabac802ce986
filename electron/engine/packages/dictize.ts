/**
 * The stored form of a dataset dict: package_show's keys in CKAN's order
 * (the dataset's own fields alphabetically, then custom fields as sent, then
 * its lists), with the derived fields (license, counts) computed once at save.
 * `organization` and `groups` come last, placeholders that showPackage fills
 * in (CKAN has them among the others; JSON readers do not see key order).
 */
import { stripPython } from '../activity/python-text.ts'
import { isOpenLicense, licenseById } from '../licenses.ts'
import type { TagDict } from './package-tags.ts'
import type { PackageDict, ResourceDict } from './store.ts'
import type { CoreFields } from './validate-fields.ts'

/** What a stored dataset dict is built from. */
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

/**
 * Builds the dict saved in packages.data: the core keys in CKAN's order (one
 * literal per license case, so every dict shares a shape, which keeps V8's
 * JSON and property access fast), then custom keys as sent, then the lists.
 */
export function storedPackageDict(parts: StoredParts): PackageDict {
  const { fields } = parts
  const license = licenseFields(fields.license_id)
  const common = {
    maintainer: fields.maintainer,
    maintainer_email: fields.maintainer_email,
    metadata_created: parts.metadataCreated,
    metadata_modified: parts.metadataModified,
    name: fields.name,
    notes: fields.notes,
    num_resources: parts.resources.length,
    num_tags: parts.tags.length,
    owner_org: fields.owner_org,
    private: fields.private,
    state: fields.state,
    // CKAN's package_dictize shows the title stripped (the database keeps it as sent, column included).
    title: typeof fields.title === 'string' ? stripPython(fields.title) : fields.title,
    type: fields.type,
    url: fields.url,
    version: fields.version,
  }
  const head = { author: fields.author, author_email: fields.author_email, creator_user_id: parts.creatorUserId, id: parts.id }
  const dict: Record<string, unknown> =
    license.license_url === undefined
      ? Object.assign(head, { isopen: license.isopen, license_id: fields.license_id, license_title: license.license_title }, common)
      : Object.assign(
          head,
          {
            isopen: license.isopen,
            license_id: fields.license_id,
            license_title: license.license_title,
            license_url: license.license_url,
          },
          common,
        )
  for (const key in parts.custom) dict[key] = parts.custom[key]
  dict.resources = parts.resources
  dict.tags = parts.tags
  dict.extras = parts.extras
  dict.relationships_as_subject = []
  dict.relationships_as_object = []
  // Last, as placeholders: package_show over HTTP puts the organization and groups in place of
  // this known ending, without walking the text to find them (store.ts storedEnding).
  dict.organization = null
  dict.groups = []
  return dict as PackageDict
}

/**
 * license_title, license_url and isopen as CKAN's package_dictize derives
 * them: from the license register when the id is known (license_url only
 * when it has one), else the title is the id itself.
 */
export function licenseFields(licenseId: unknown): { isopen: boolean; license_title: unknown; license_url?: string } {
  const license = typeof licenseId === 'string' ? licenseById(licenseId) : undefined
  if (!license) return { isopen: false, license_title: licenseId ?? null }
  const isopen = isOpenLicense(license.id)
  if (!license.url) return { isopen, license_title: license.title }
  return { isopen, license_title: license.title.split('::').pop(), license_url: license.url }
}
