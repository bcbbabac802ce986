/**
 * The editable view of a dataset dict: what a curator can change, with what
 * servers compute (timestamps, counts, composed organization, positions)
 * removed, so that local, remote and base compare field by field.
 */

export type Dict = Record<string, unknown>

/** Top-level keys a CKAN server sets itself; never compared, never pushed. */
export const serverManagedKeys = new Set([
  'id',
  'metadata_created',
  'metadata_modified',
  'revision_id',
  'revision_timestamp',
  'num_resources',
  'num_tags',
  'organization',
  'license_title',
  'license_url',
  'isopen',
  'tracking_summary',
  'creator_user_id',
  'relationships_as_subject',
  'relationships_as_object',
  'state',
  'plugin_data',
])

/** Resource keys a CKAN server sets itself. */
export const serverManagedResourceKeys = new Set([
  'package_id',
  'position',
  'created',
  'metadata_modified',
  'last_modified',
  'revision_id',
  'revision_timestamp',
  'tracking_summary',
  'datastore_active',
  'cache_last_updated',
])

/** Lists whose elements have an identity of their own: merged and diffed element by element. */
export const keyedLists: Record<string, (element: Dict, index: number) => string> = {
  resources: (r, i) => (typeof r.id === 'string' && r.id ? r.id : `#${i}`),
  extras: (e) => String(e.key),
  tags: (t) => (t.vocabulary_id ? `${t.vocabulary_id}:${t.name}` : String(t.name)),
  // By id: a group renamed on the remote keeps its id, so a rename is no change to the dataset.
  groups: (g) => String(g.id || g.name),
}

/** The identity function of a keyed list field, or undefined for other fields. */
export function keyOfList(field: string): ((element: Dict, index: number) => string) | undefined {
  return Object.hasOwn(keyedLists, field) ? keyedLists[field] : undefined
}

/** A dataset dict reduced to its editable fields (see the module comment). */
export function editableView(dict: Dict): Dict {
  const out: Dict = {}
  for (const [key, value] of Object.entries(dict)) {
    if (serverManagedKeys.has(key) || value === undefined) continue
    out[key] = normalizeField(key, value)
  }
  return out
}

function normalizeField(key: string, value: unknown): unknown {
  if (!Array.isArray(value)) return value
  switch (key) {
    case 'resources':
      return value.map((r) => (isDict(r) ? editableResource(r) : r))
    case 'tags':
      return value
        .filter(isDict)
        .map((t) => (t.vocabulary_id ? { name: t.name, vocabulary_id: t.vocabulary_id } : { name: t.name }))
        .sort((a, b) => String(a.name).localeCompare(String(b.name)))
    case 'groups':
      return value.filter(isDict).map(groupReference).sort(byGroupKey)
    case 'extras':
      return value
        .filter(isDict)
        .map((e) => ({ key: e.key, value: e.value }))
        .sort((a, b) => String(a.key).localeCompare(String(b.key)))
    default:
      return value
  }
}

/**
 * A dataset's group as the editable view holds it: its id alone (the name is
 * the group's own field, which a rename on the remote changes without
 * touching the dataset), or its name when a hand-made dict gives no id.
 */
export function groupReference(group: Dict): Dict {
  return typeof group.id === 'string' && group.id ? { id: group.id } : { name: group.name }
}

/** Orders group references by their key, so that two views list them alike. */
export function byGroupKey(a: Dict, b: Dict): number {
  return String(a.id || a.name).localeCompare(String(b.id || b.name))
}

/** A resource dict without server-set keys; an upload's URL reduced to its file name (sites differ). */
export function editableResource(resource: Dict): Dict {
  const out: Dict = {}
  for (const [key, value] of Object.entries(resource)) {
    if (serverManagedResourceKeys.has(key) || value === undefined) continue
    out[key] = value
  }
  if (resource.url_type === 'upload' && typeof resource.url === 'string') out.url = uploadFileName(resource.url)
  return out
}

/** The file name at the end of an upload's download URL (or the bare name stored locally). */
export function uploadFileName(url: string): string {
  const path = url.split(/[?#]/)[0]
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1))
}

/** Structural equality for JSON values; object key order does not matter; undefined equals null. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if ((a === undefined || a === null) && (b === undefined || b === null)) return true
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    return a.length === other.length && a.every((item, i) => deepEqual(item, other[i]))
  }
  const left = a as Dict
  const right = b as Dict
  const keys = new Set([...Object.keys(left), ...Object.keys(right)])
  for (const key of keys) if (!deepEqual(left[key], right[key])) return false
  return true
}

/** True for a plain JSON object (not an array, not null). */
export function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
