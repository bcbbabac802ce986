/**
 * A dataset dict turned into what the index stores: one search_docs row,
 * exact values for search_terms, text for the FTS5 columns and dynamic text
 * fields. Mirrors what ckan/lib/search/index.py sends to Solr.
 */
import { permissionLabels } from '../auth/roles.ts'
import { canonicalTimestamp, indexedDate } from './date-math.ts'
import type { DocumentLookups, GroupInfo } from './document-lookups.ts'
import { coreDatasetKeys, coreResourceKeys, ftsColumns, type FtsColumn } from './fields.ts'
import { keyToken, publicToken } from './keys.ts'
import { allRelationshipTypes } from '../relationships/types.ts'

/** What the index stores for one dataset. */
export type SearchDocument = {
  packageId: string
  name: string
  title: string
  state: string
  private: number
  pub: number
  label: string
  type: string
  ownerOrg: string | null
  creatorUserId: string | null
  metadataCreated: string
  metadataModified: string
  url: string | null
  version: string | null
  numResources: number
  numTags: number
  hasText: number
  /** [field, value] exact values. */
  terms: [string, string][]
  /** Text per search_fts column, in column order. */
  text: string[]
  /** [field, value] for extras_* and res_extras_* (tokenised per field). */
  fieldTexts: [string, string][]
}

type Dict = Record<string, unknown>

/** Fields CKAN reserves, so an extra with such a key is only indexed as extras_{key} (index.py's index_fields). */
const reservedFields = new Set(['entity_type', 'res_url', 'text', 'urls', 'indexed_ts', 'site_id', 'tags', 'groups',
  'res_name', 'res_description', 'res_format', 'res_type', 'capacity', 'organization', 'dataset_type', 'permission_labels'])

/** Builds the search document of a dataset dict (as package_show returns it, or as stored). */
export function buildDocument(lookups: DocumentLookups, dict: Dict): SearchDocument {
  const text = new Map<FtsColumn, string[]>(ftsColumns.map((column) => [column, []]))
  // Each distinct (field, value) once, keyed by the two joined with a NUL.
  const terms = new Map<string, [string, string]>()
  const fieldTexts: [string, string][] = []
  const addText = (column: FtsColumn, value: unknown) => {
    for (const piece of textsOf(value)) text.get(column)?.push(piece)
  }
  const addTerm = (field: string, value: unknown) => {
    // index.py reads a *_date field's value as a date and leaves it out when it is none (a list included).
    const pieces = field.endsWith('_date') ? [indexedDate(value)].filter((date) => date !== null) : scalarsOf(value)
    for (const stored of pieces) {
      const key = `${field}\u0000${stored}`
      if (!terms.has(key)) terms.set(key, [field, stored])
    }
  }

  const id = String(dict.id)
  const state = stringOr(dict.state, 'active')
  const isPrivate = dict.private === true || dict.private === 'true' || dict.private === 1 ? 1 : 0
  const ownerOrg = stringOr(dict.owner_org, '') || null
  const creatorUserId = stringOr(dict.creator_user_id, '') || null
  const title = stringOr(dict.title, '')
  addText('name', dict.name)
  addText('title', title)
  addText('notes', dict.notes)
  addText('author', dict.author)
  addText('maintainer', dict.maintainer)
  addText('text', [dict.url, dict.version, dict.author_email, dict.maintainer_email, dict.license_title])

  const tags = listOf(dict.tags)
  for (const tag of tags) {
    addText('tags', tag.name)
    const vocabulary = typeof tag.vocabulary_id === 'string' && tag.vocabulary_id ? lookups.vocabularyName(tag.vocabulary_id) : null
    addTerm(vocabulary ? `vocab_${vocabulary}` : 'tags', tag.name)
  }

  if (ownerOrg) {
    addTerm('organization', ownerOrg)
    const org = lookups.group(ownerOrg)
    if (org) addText('organization', [org.name, org.title])
  }
  for (const group of packageGroups(lookups, id, dict.groups)) {
    addTerm('groups', group.id)
    addText('groups', [group.name, group.title])
  }
  if (typeof dict.license_id === 'string' && dict.license_id) addTerm('license_id', dict.license_id)

  const resources = listOf(dict.resources)
  for (const resource of resources) {
    addText('res_name', resource.name)
    addText('res_description', resource.description)
    addText('text', resource.url)
    addTerm('res_format', resource.format)
    addTerm('res_url', resource.url)
    addTerm('res_type', resource.resource_type)
    for (const [key, value] of Object.entries(resource)) {
      if (coreResourceKeys.has(key) || value === null || typeof value === 'object') continue
      addTerm(`res_extras_${key}`, value)
      addText('text', value)
      for (const piece of textsOf(value)) fieldTexts.push([`res_extras_${key}`, piece])
    }
  }

  for (const extra of listOf(dict.extras)) {
    const key = String(extra.key ?? '').replace(/[^0-9A-Za-z_-]/g, '')
    const value = Array.isArray(extra.value) ? extra.value.map(String).join(' ') : extra.value
    // An extras_*_date value that is no date is not indexed at all (its text included), as index.py skips it.
    if (key.endsWith('_date') && indexedDate(value) === null) continue
    addText('extras', value)
    addTerm(`extras_${key}`, value)
    for (const piece of textsOf(value)) fieldTexts.push([`extras_${key}`, piece])
    if (!reservedFields.has(key) && !(key in dict)) addTerm(key, value)
  }

  for (const [key, value] of Object.entries(dict)) {
    if (coreDatasetKeys.has(key) || value === null || value === undefined) continue
    if (isPlainObject(value)) addText('text', value) // e.g. a multilingual {"en": ..., "fr": ...}
    else {
      addTerm(key, value)
      if (typeof value === 'string' && key !== 'license_url') addText('text', value)
      if (isRelationshipType(key)) for (const piece of textsOf(value)) fieldTexts.push([key, piece])
    }
  }

  // Mirrors index.py: each relationship type is a text field of the other datasets' names, unless the dict has that key.
  for (const [type, name] of lookups.relationshipsOf(id)) {
    if (type in dict) continue
    addTerm(type, name)
    fieldTexts.push([type, name])
  }

  const pairs = [...terms.values()]
  const pub = state === 'active' && !isPrivate ? 1 : 0
  text.set('keys', [...pairs.map(([field, value]) => keyToken(field, value)), ...(pub ? [publicToken] : [])])
  const columnTexts = ftsColumns.map((column) => (text.get(column) as string[]).join('\n'))
  return {
    packageId: id,
    name: stringOr(dict.name, id),
    title: title.trimStart(),
    state,
    private: isPrivate,
    pub,
    label: permissionLabels({ id, owner_org: ownerOrg, private: isPrivate, state, creator_user_id: creatorUserId })[0],
    type: stringOr(dict.type, 'dataset'),
    ownerOrg,
    creatorUserId,
    metadataCreated: canonicalTimestamp(stringOr(dict.metadata_created, '')),
    metadataModified: canonicalTimestamp(stringOr(dict.metadata_modified, '')),
    url: stringOr(dict.url, '') || null,
    version: stringOr(dict.version, '') || null,
    numResources: resources.length,
    numTags: tags.length,
    hasText: columnTexts.reduce((bits, value, i) => (value.trim() ? bits | (1 << i) : bits), 0),
    terms: pairs,
    text: columnTexts,
    fieldTexts,
  }
}

/**
 * The dataset's groups: its active memberships, plus any group the dict
 * names (an index write may come before the membership rows are saved).
 */
function packageGroups(lookups: DocumentLookups, packageId: string, named: unknown): GroupInfo[] {
  const byId = new Map(lookups.groupsOf(packageId).map((group) => [group.id, group]))
  for (const entry of listOf(named)) {
    const group = (typeof entry.id === 'string' && lookups.group(entry.id)) || (typeof entry.name === 'string' && lookups.groupNamed(entry.name))
    if (group && !group.is_organization) byId.set(group.id, group)
  }
  return [...byId.values()]
}

/** Scalars as Solr stores them: strings, numbers, booleans as "true"/"false"; lists flattened. */
function scalarsOf(value: unknown): string[] {
  if (value === null || value === undefined || value === '') return []
  if (Array.isArray(value)) return value.flatMap(scalarsOf)
  if (typeof value === 'object') return []
  return [String(value)]
}

/** Every string inside a value (nested lists and objects included), for full-text columns. */
function textsOf(value: unknown): string[] {
  if (value === null || value === undefined) return []
  if (typeof value === 'string') return value ? [value] : []
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)]
  if (Array.isArray(value)) return value.flatMap(textsOf)
  if (typeof value === 'object') return Object.values(value as Dict).flatMap(textsOf)
  return []
}

function isRelationshipType(key: string): boolean {
  return allRelationshipTypes.includes(key)
}

function listOf(value: unknown): Dict[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : []
}

function isPlainObject(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? fallback : String(value)
}
