/**
 * Field-level differences between two versions of a dataset dict, for the
 * activity history ("what changed") and push previews.
 */

/** One changed field: its path (e.g. `title`, `resources[name=x].format`) and both values. */
export type FieldChange = { path: string; before: unknown; after: unknown }

/** Keys the server rewrites on every write; showing them as changes is noise. */
const ignoredKeys = new Set(['metadata_modified', 'num_resources', 'num_tags', 'revision_id'])

/** The changes from `before` to `after` (null/absent before = created). */
export function diffDatasets(before: Record<string, unknown> | null, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = []
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  for (const key of [...keys].sort()) {
    if (ignoredKeys.has(key)) continue
    const a = before?.[key]
    const b = after[key]
    if (key === 'resources' && Array.isArray(a) && Array.isArray(b)) changes.push(...diffResources(a, b))
    else if (key === 'tags') pushIfDifferent(changes, key, tagLabels(a), tagLabels(b))
    else if (key === 'groups') pushIfDifferent(changes, key, names(a), names(b))
    else if (key === 'extras') changes.push(...diffExtras(extrasObject(a), extrasObject(b)))
    else if (key === 'organization') pushIfDifferent(changes, key, orgName(a), orgName(b))
    else pushIfDifferent(changes, key, a, b)
  }
  return changes
}

function diffResources(before: unknown[], after: unknown[]): FieldChange[] {
  const changes: FieldChange[] = []
  const byId = (list: unknown[]) => new Map(list.map((r) => [(r as { id: string }).id, r as Record<string, unknown>]))
  const old = byId(before)
  const now = byId(after)
  for (const [id, resource] of now) {
    const label = `resources[${String(resource.name || id)}]`
    const previous = old.get(id)
    if (!previous) {
      changes.push({ path: label, before: undefined, after: resource.name ?? resource.url })
      continue
    }
    for (const key of new Set([...Object.keys(previous), ...Object.keys(resource)])) {
      if (key === 'metadata_modified' || key === 'position') continue
      pushIfDifferent(changes, `${label}.${key}`, previous[key], resource[key])
    }
  }
  for (const [id, resource] of old) {
    if (!now.has(id)) changes.push({ path: `resources[${String(resource.name || id)}]`, before: resource.name ?? resource.url, after: undefined })
  }
  const order = (list: unknown[]) => list.map((r) => (r as { id: string }).id).filter((id) => old.has(id) && now.has(id))
  if (!isEqual(order(before), order(after))) {
    // By name: the ids say nothing to a reader.
    const named = (ids: string[]) => ids.map((id) => String(now.get(id)?.name || old.get(id)?.name || id))
    changes.push({ path: 'resources (order)', before: named(order(before)), after: named(order(after)) })
  }
  return changes
}

/** One change per extra added, removed or changed: the whole list as one value hides which key it was. */
function diffExtras(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = []
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    pushIfDifferent(changes, `extras[${key}]`, before[key], after[key])
  }
  return changes
}

/** Tag names, with the vocabulary marked: a tag moved in or out of a vocabulary is a change to see. */
function tagLabels(list: unknown): string[] {
  if (!Array.isArray(list)) return []
  return list
    .map((tag) => {
      const { name, vocabulary_id: vocabulary } = (tag ?? {}) as { name?: string; vocabulary_id?: string | null }
      return vocabulary ? `${name} (vocabulary)` : String(name ?? tag)
    })
    .sort()
}

function pushIfDifferent(changes: FieldChange[], path: string, before: unknown, after: unknown): void {
  if (!isEqual(before, after)) changes.push({ path, before, after })
}

/** Deep equality for JSON values; null, undefined and '' count as the same empty value. */
export function isEqual(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b))
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === ''
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    )
  }
  return value
}

function names(list: unknown): string[] {
  return Array.isArray(list) ? list.map((item) => String((item as { name?: string }).name ?? item)).sort() : []
}

function extrasObject(list: unknown): Record<string, unknown> {
  if (!Array.isArray(list)) return {}
  return Object.fromEntries(list.map((e) => [(e as { key: string }).key, (e as { value: unknown }).value]))
}

function orgName(org: unknown): unknown {
  return org && typeof org === 'object' ? (org as { name?: string }).name : org
}

/** A short printable form of a changed value. */
export function showValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—'
  if (typeof value === 'string') return shorten(value)
  if (Array.isArray(value)) return value.length ? value.map(showValue).join(', ') : '—'
  return shorten(JSON.stringify(value))
}

/**
 * At most 120 characters, keeping the start and the end: two versions of a
 * long value (a file's download URL) mostly differ at the end, which a cut
 * after the first 117 characters hid on both sides.
 */
function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 50)}…${text.slice(-69)}` : text
}
