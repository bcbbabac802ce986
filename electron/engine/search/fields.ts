/**
 * Where each of CKAN's indexed fields lives in our index, and so how a
 * `field:value` query or a facet on it is answered (ckan/config/solr/schema.xml,
 * ckan/lib/search/index.py): tokenised text in FTS5, single-valued exact
 * fields as search_docs columns, multi-valued and custom ones in search_terms.
 */
import { allRelationshipTypes } from '../relationships/types.ts'

/** The search_fts columns, in table order. */
export const ftsColumns = [
  'name', 'title', 'tags', 'groups', 'organization', 'notes',
  'res_name', 'res_description', 'author', 'maintainer', 'extras', 'text', 'keys',
] as const
/** A search_fts column name. */
export type FtsColumn = (typeof ftsColumns)[number]

/** bm25 weights per column: CKAN's qf is "name^4 title^4 tags^2 groups^2 text"; keys (exact-value tokens) never score. */
export const ftsWeights = [4, 4, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0]

/** The columns free text is searched in (all but keys). */
export const textColumns = ftsColumns.filter((column) => column !== 'keys')

/** The has_text bit of a search_fts column. */
export function textBit(column: FtsColumn): number {
  return 1 << ftsColumns.indexOf(column)
}

/** How a field is stored in the index. */
export type FieldKind =
  /** Tokenised text in search_fts columns (CKAN's `text`: all text columns). */
  | { kind: 'text'; columns: FtsColumn[] }
  /** Tokenised text in search_field_fts (extras_*, res_extras_*); exact values in search_terms. */
  | { kind: 'fieldText'; field: string }
  /** A search_docs column holding an exact value. */
  | { kind: 'column'; column: string; numeric: boolean }
  /** `capacity:public|private`, from search_docs.private. */
  | { kind: 'capacity' }
  /** `private:true|false`, from search_docs.private. */
  | { kind: 'private' }
  /** A field every dataset has with one value (entity_type, site_id). */
  | { kind: 'constant'; value: string }
  /** `organization:{name}`: names resolved to ids at query time, so renames need no reindex. */
  | { kind: 'organization' }
  /** `groups:{name}`: likewise, over search_terms rows holding group ids. */
  | { kind: 'groups' }
  /** Exact values in search_terms (tags, res_format, license_id, vocab_*, custom fields, ...). */
  | { kind: 'terms'; field: string }

const textFields: Record<string, FtsColumn[]> = {
  text: textColumns,
  title: ['title'],
  notes: ['notes'],
  res_name: ['res_name'],
  res_description: ['res_description'],
  author: ['author'],
  maintainer: ['maintainer'],
}

const columns: Record<string, { column: string; numeric?: boolean }> = {
  id: { column: 'package_id' },
  name: { column: 'name' },
  title_string: { column: 'title' },
  state: { column: 'state' },
  type: { column: 'type' },
  dataset_type: { column: 'type' },
  owner_org: { column: 'owner_org' },
  creator_user_id: { column: 'creator_user_id' },
  metadata_created: { column: 'metadata_created' },
  metadata_modified: { column: 'metadata_modified' },
  url: { column: 'url' },
  version: { column: 'version' },
  permission_labels: { column: 'label' },
  num_resources: { column: 'num_resources', numeric: true },
  num_tags: { column: 'num_tags', numeric: true },
}

/** CKAN's ckan.site_id default, which every indexed dataset carries. */
export const siteId = 'default'

/** How a field named in a query or facet.field is stored. */
export function fieldKind(name: string): FieldKind {
  if (name in textFields) return { kind: 'text', columns: textFields[name] }
  if (name.startsWith('extras_') || name.startsWith('res_extras_')) return { kind: 'fieldText', field: name }
  // CKAN's schema.xml makes each relationship type a text field of dataset names.
  if (allRelationshipTypes.includes(name)) return { kind: 'fieldText', field: name }
  const column = columns[name]
  if (column) return { kind: 'column', column: column.column, numeric: column.numeric ?? false }
  if (name === 'capacity') return { kind: 'capacity' }
  if (name === 'private') return { kind: 'private' }
  if (name === 'entity_type') return { kind: 'constant', value: 'package' }
  if (name === 'site_id') return { kind: 'constant', value: siteId }
  if (name === 'organization') return { kind: 'organization' }
  if (name === 'groups') return { kind: 'groups' }
  return { kind: 'terms', field: name }
}

/** Fields whose public counts search_counts keeps (CKAN's usual facets); others are counted when asked. */
const countedFields = ['tags', 'groups', 'organization', 'license_id', 'res_format', 'res_type']

/** True when search_counts keeps the field's counts. */
export function isCountedField(field: string): boolean {
  return countedFields.includes(field) || field.startsWith('vocab_')
}


/** True for fields whose values are dates (Solr date fields): ranges on them understand NOW and date math. */
export function isDateField(name: string): boolean {
  return name === 'metadata_created' || name === 'metadata_modified' || name.endsWith('_date')
}

/** Top-level dataset keys with a place of their own; every other scalar key is indexed as an exact custom field. */
export const coreDatasetKeys = new Set([
  'id', 'name', 'title', 'notes', 'state', 'type', 'private', 'owner_org', 'license_id', 'author', 'maintainer',
  'url', 'version', 'metadata_created', 'metadata_modified', 'creator_user_id', 'num_resources', 'num_tags',
  'resources', 'tags', 'extras', 'groups', 'organization', 'relationships_as_subject', 'relationships_as_object',
])

/** Resource keys indexed as res_* fields or ignored; other resource keys become res_extras_*. */
export const coreResourceKeys = new Set([
  'id', 'package_id', 'url', 'format', 'name', 'description', 'resource_type', 'mimetype', 'mimetype_inner',
  'size', 'hash', 'created', 'last_modified', 'metadata_modified', 'cache_url', 'cache_last_updated', 'url_type',
  'position', 'state',
])
