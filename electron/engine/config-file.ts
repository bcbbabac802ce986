/**
 * The data directory's settings file, `shelfmark.ini`: CKAN's ini options
 * under CKAN's names. Engine.open reads it, so the CLI, the HTTP server and
 * the desktop app opening one folder all run with the same settings, as every
 * CKAN process shares one ini file. Keys Shelfmark has no use for are
 * ignored, so a CKAN ini can be copied in as it is; a known key with a bad
 * value is refused, naming the file, since running with a setting other than
 * the one written would be worse than not starting.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'ini'
import type { EngineConfig } from './config.ts'

/** The settings file's name inside a data directory. */
export const configFileName = 'shelfmark.ini'

type Kind = 'string' | 'boolean' | 'size' | 'count'

/** Each CKAN option Shelfmark reads, with the EngineConfig field it sets. */
export const configFileKeys: Record<string, { field: keyof EngineConfig; kind: Kind }> = {
  'ckan.site_url': { field: 'siteUrl', kind: 'string' },
  'ckan.site_title': { field: 'siteTitle', kind: 'string' },
  'ckan.site_description': { field: 'siteDescription', kind: 'string' },
  'ckan.auth.create_unowned_dataset': { field: 'createUnownedDataset', kind: 'boolean' },
  'ckan.auth.create_dataset_if_not_in_organization': { field: 'createDatasetIfNotInOrganization', kind: 'boolean' },
  'ckan.auth.anon_create_dataset': { field: 'anonCreateDataset', kind: 'boolean' },
  'ckan.auth.create_user_via_api': { field: 'createUserViaApi', kind: 'boolean' },
  'ckan.auth.user_create_organizations': { field: 'userCreateOrganizations', kind: 'boolean' },
  'ckan.auth.user_create_groups': { field: 'userCreateGroups', kind: 'boolean' },
  'ckan.auth.user_delete_organizations': { field: 'userDeleteOrganizations', kind: 'boolean' },
  'ckan.auth.user_delete_groups': { field: 'userDeleteGroups', kind: 'boolean' },
  'ckan.auth.public_user_details': { field: 'publicUserDetails', kind: 'boolean' },
  'ckan.auth.public_activity_stream_detail': { field: 'publicActivityStreamDetail', kind: 'boolean' },
  'ckan.max_resource_size': { field: 'maxResourceSizeMb', kind: 'size' },
  'ckan.max_image_size': { field: 'maxImageSizeMb', kind: 'size' },
  'ckan.search.rows_max': { field: 'searchRowsMax', kind: 'count' },
  'search.facets.limit': { field: 'searchFacetsLimit', kind: 'count' },
  'ckan.group_and_organization_list_max': { field: 'groupListMax', kind: 'count' },
  'ckan.group_and_organization_list_all_fields_max': { field: 'groupListAllFieldsMax', kind: 'count' },
  'ckan.activity_list_limit': { field: 'activityListLimit', kind: 'count' },
  'ckan.activity_list_limit_max': { field: 'activityListLimitMax', kind: 'count' },
  'ckan.auth.allow_dataset_collaborators': { field: 'allowDatasetCollaborators', kind: 'boolean' },
  'ckan.auth.allow_admin_collaborators': { field: 'allowAdminCollaborators', kind: 'boolean' },
  'ckan.auth.allow_collaborators_to_change_owner_org': { field: 'allowCollaboratorsToChangeOwnerOrg', kind: 'boolean' },
}

// CKAN 2.10 normalizes a declared bool option with boolean_validator: true/yes/t/y/1 are true and
// every other word is false. `on` reads as false there, so it is refused here rather than read as
// true; the usual words for false are false in both.
const trueWords = new Set(['true', 'yes', 'y', 't', '1'])
const falseWords = new Set(['false', 'no', 'off', 'n', 'f', '0'])

/** The settings in `<dataDir>/shelfmark.ini`; none when the file does not exist. Throws on a bad file or value. */
export function readConfigFile(dataDir: string): Partial<EngineConfig> {
  const path = join(dataDir, configFileName)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw new Error(`${path}: cannot read the settings file: ${(error as Error).message}`)
  }
  let parsed: Record<string, unknown>
  try {
    parsed = parse(text)
  } catch (error) {
    throw new Error(`${path}: cannot parse the settings file: ${(error as Error).message}`)
  }
  const config: Record<string, unknown> = {}
  for (const [key, raw] of entries(parsed)) {
    const known = configFileKeys[key]
    if (known) config[known.field] = convert(path, key, raw, known.kind)
  }
  return config as Partial<EngineConfig>
}

/**
 * Every key = value, whatever section it is in (CKAN's is [app:main]; a file
 * without headers works too). The ini package nests sections (`[a.b]` gives
 * {a: {b: …}}), so plain objects are walked into; a later line wins.
 */
function* entries(node: Record<string, unknown>): Generator<[string, unknown]> {
  for (const [key, value] of Object.entries(node)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) yield* entries(value as Record<string, unknown>)
    else yield [key, value]
  }
}

function convert(path: string, key: string, raw: unknown, kind: Kind): string | number | boolean {
  // ini turns a bare `true`/`false`/`null` into JSON values and `key[]` lines into arrays; the rest are strings.
  if (Array.isArray(raw)) throw new Error(`${path}: ${key} is given as a list; expected one value`)
  const value = String(raw)
  const bad = (expected: string) => new Error(`${path}: ${key} = ${JSON.stringify(value)} is not ${expected}`)
  if (kind === 'string') return value
  if (kind === 'boolean') {
    const word = value.trim().toLowerCase()
    if (trueWords.has(word)) return true
    if (falseWords.has(word)) return false
    if (word === 'on') throw bad('a boolean CKAN reads as true (CKAN 2.10 reads "on" as false; write true or false)')
    throw bad('a boolean (true or false)')
  }
  if (!/^\d+$/.test(value.trim())) throw bad(kind === 'size' ? 'a whole number of megabytes (0 or more)' : 'a whole number (0 or more)')
  return Number(value.trim())
}
