/**
 * Field-level differences between two editable views, in the same path
 * language as merge.ts conflicts: `title`, `title_translated.fr`,
 * `resources[<id>].url`, `extras[<key>].value`, `tags[<name>]`.
 */
import { deepEqual, isDict, keyedLists, keyOfList, type Dict } from './normalize.ts'

/** One changed field; `before` undefined means added, `after` undefined means removed. */
export type FieldChange = { path: string; before: unknown; after: unknown }

/** Every field that differs between `before` and `after`. */
export function diffDicts(before: Dict, after: Dict): FieldChange[] {
  const changes: FieldChange[] = []
  diffObject(before, after, '', changes)
  return changes
}

/** The top-level keys whose values differ. */
export function changedKeys(before: Dict, after: Dict): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => !deepEqual(before[key], after[key]),
  )
}

function diffObject(before: Dict, after: Dict, path: string, out: FieldChange[]): void {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    diffValue(before[key], after[key], path ? `${path}.${key}` : key, key, out)
  }
}

function diffValue(before: unknown, after: unknown, path: string, key: string, out: FieldChange[]): void {
  if (deepEqual(before, after)) return
  const keyOf = keyOfList(key)
  if (keyOf && path === key && isDictList(before ?? []) && isDictList(after ?? [])) {
    return diffKeyedList(key, (before as Dict[]) ?? [], (after as Dict[]) ?? [], out)
  }
  if (isDict(before) && isDict(after)) return diffObject(before, after, path, out)
  out.push({ path, before, after })
}

function diffKeyedList(name: string, before: Dict[], after: Dict[], out: FieldChange[]): void {
  const keyOf = keyedLists[name]
  const b = new Map(before.map((item, i) => [keyOf(item, i), item]))
  const a = new Map(after.map((item, i) => [keyOf(item, i), item]))
  for (const [id, item] of b) {
    const path = `${name}[${id}]`
    const other = a.get(id)
    if (!other) out.push({ path, before: item, after: undefined })
    else if (name === 'resources' || name === 'extras') diffObject(item, other, path, out)
  }
  for (const [id, item] of a) if (!b.has(id)) out.push({ path: `${name}[${id}]`, before: undefined, after: item })
  const order = (list: Dict[], keep: Map<string, Dict>) => list.map(keyOf).filter((id) => keep.has(id))
  if (name === 'resources' && !deepEqual(order(before, a), order(after, b))) {
    out.push({ path: 'resources.order', before: order(before, a), after: order(after, b) })
  }
}

function isDictList(value: unknown): value is Dict[] {
  return Array.isArray(value) && value.every(isDict)
}
