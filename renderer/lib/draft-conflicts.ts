/**
 * A draft against a dataset someone else changed since it was opened (the
 * HTTP API, another window, a sync pull): which of the user's fields were
 * also changed there, and the draft carried over onto the newer version.
 */
import type { Package } from '../../shared/actions.ts'
import { isEqual } from './diff.ts'
import { changedFields, draftOf, textFields, type DraftField, type DraftFields } from './draft-fields.ts'

/** Each editor field's label, as the form shows it. */
export const fieldLabels: Record<DraftField, string> = {
  ...(Object.fromEntries(textFields) as Record<(typeof textFields)[number][0], string>),
  license_id: 'License',
  owner_org: 'Organization',
  private: 'Visibility',
  tags: 'Tags',
  extras: 'Custom fields',
  groups: 'Groups',
}

/**
 * Of `fields`, those whose stored value differs between `loaded` (what the
 * draft started from) and `current` (the dataset now): changed on both sides.
 */
export function fieldsChangedBetween(fields: DraftField[], loaded: Package, current: Package): DraftField[] {
  return fields.filter((field) => !isEqual(storedValue(loaded, field), storedValue(current, field)))
}

/** True when `current` differs from `loaded` in any field the editor edits. */
export function editorFieldsDiffer(loaded: Package, current: Package): boolean {
  return fieldsChangedBetween(Object.keys(fieldLabels) as DraftField[], loaded, current).length > 0
}

/**
 * The draft carried onto `current`: every field the user changed (draft
 * against baseline) keeps the user's value, the rest takes current's. Tags,
 * groups and custom fields merge entry by entry: what the user added,
 * removed or edited is applied to current's list, so entries added elsewhere
 * stay.
 */
export function rebaseDraft(draft: DraftFields, baseline: DraftFields, current: Package): DraftFields {
  const rebased = draftOf(current)
  for (const field of changedFields(draft, baseline)) {
    if (field === 'tags' || field === 'groups') {
      rebased[field] = mergeLists(baseline[field], draft[field], rebased[field], (name) => name)
    } else if (field === 'extras') {
      rebased.extras = mergeLists(baseline.extras, draft.extras, rebased.extras, (extra) => extra.key)
    } else {
      ;(rebased as Record<DraftField, unknown>)[field] = draft[field]
    }
  }
  return rebased
}

/**
 * A field's stored value in a comparable form: the content that the editor
 * round-trips (a tag's vocabulary counts, its id does not; extras by key).
 */
function storedValue(dataset: Package, field: DraftField): unknown {
  if (field === 'tags') {
    return (dataset.tags ?? []).map((tag) => `${tag.vocabulary_id ?? ''}\u0000${tag.name}`).sort()
  }
  if (field === 'groups') return (dataset.groups ?? []).map((group) => group.name).sort()
  if (field === 'extras') {
    const extras = (dataset.extras ?? []).map(({ key, value }) => [key, value] as const)
    return Object.fromEntries(extras.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  }
  if (field === 'private') return dataset.private === true
  return dataset[field] ?? ''
}

/** `theirs` with the entries `mine` removed from `base` taken out and those it added or changed put in. */
function mergeLists<T>(base: T[], mine: T[], theirs: T[], idOf: (item: T) => string): T[] {
  const mineIds = new Set(mine.map(idOf))
  const removed = new Set(base.map(idOf).filter((id) => !mineIds.has(id)))
  const merged = theirs.filter((item) => !removed.has(idOf(item)))
  for (const item of mine) {
    const before = base.find((b) => idOf(b) === idOf(item))
    if (before !== undefined && isEqual(before, item)) continue // untouched: theirs stands
    const index = merged.findIndex((m) => idOf(m) === idOf(item))
    if (index < 0) merged.push(item)
    else merged[index] = item
  }
  return merged
}
