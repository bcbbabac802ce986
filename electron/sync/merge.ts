/**
 * Three-way merge of a dataset, field by field: what only one side changed
 * since the base is taken from that side; what both changed differently is
 * a conflict, settled only by the user's decision (take local, take remote,
 * or a value of their own).
 *
 * Works on editable views (normalize.ts). Resources merge by id and then
 * field by field, extras by key, tags and groups as sets, plain objects
 * (multilingual fields) key by key.
 */
import { deepEqual, isDict, keyedLists, keyOfList, type Dict } from './normalize.ts'

/** Both sides changed `path` differently since the base; `undefined` means absent (deleted). */
export type Conflict = { path: string; base: unknown; local: unknown; remote: unknown }

/** How the user settled one conflict. */
export type Decision = 'local' | 'remote' | { value: unknown }

/** Picks a decision for a conflict, or undefined to leave it open. */
export type Chooser = (conflict: Conflict) => Decision | undefined

export type MergeResult = {
  /** The merged dict; open conflicts keep the local value until decided. */
  merged: Dict
  /** Conflicts no decision settled. */
  conflicts: Conflict[]
}

/** Merges `local` and `remote` against their common `base`. */
export function mergeThreeWay(base: Dict, local: Dict, remote: Dict, choose: Chooser = () => undefined): MergeResult {
  const conflicts: Conflict[] = []
  const merged = mergeObject(base, local, remote, '', { conflicts, choose }) as Dict
  return { merged, conflicts }
}

type State = { conflicts: Conflict[]; choose: Chooser }

function mergeValue(b: unknown, l: unknown, r: unknown, path: string, key: string, state: State): unknown {
  if (deepEqual(l, r)) return l === undefined ? r : l
  if (deepEqual(l, b)) return r
  if (deepEqual(r, b)) return l
  const keyOf = keyOfList(key)
  if (keyOf && path === key && isDictList(b ?? []) && isDictList(l) && isDictList(r)) {
    return mergeKeyedList(key, (b as Dict[] | undefined) ?? [], l as Dict[], r as Dict[], state)
  }
  if (isDict(l) && isDict(r) && (isDict(b) || b === undefined || b === null)) {
    return mergeObject(isDict(b) ? b : {}, l, r, path, state)
  }
  return conflict({ path, base: b, local: l, remote: r }, state)
}

function mergeObject(b: Dict, l: Dict, r: Dict, path: string, state: State): Dict {
  const out: Dict = {}
  for (const key of unionKeys(l, r, b)) {
    const value = mergeValue(b[key], l[key], r[key], path ? `${path}.${key}` : key, key, state)
    if (value !== undefined) out[key] = value
  }
  return out
}

function mergeKeyedList(name: string, b: Dict[], l: Dict[], r: Dict[], state: State): Dict[] {
  const keyOf = keyedLists[name]
  const index = (list: Dict[]) => new Map(list.map((item, i) => [keyOf(item, i), item]))
  const [bm, lm, rm] = [index(b), index(l), index(r)]
  const result = new Map<string, Dict>()
  for (const id of unionKeys(Object.fromEntries(lm), Object.fromEntries(rm), Object.fromEntries(bm))) {
    const path = `${name}[${id}]`
    const [be, le, re] = [bm.get(id), lm.get(id), rm.get(id)]
    let value: unknown
    if (le && re) value = mergeObject(be ?? {}, le, re, path, state)
    else if (deepEqual(le, be)) value = re // the local side kept it as it was: the remote's add or delete stands
    else if (deepEqual(re, be)) value = le
    else value = conflict({ path, base: be, local: le, remote: re }, state) // deleted on one side, edited on the other
    if (value !== undefined) result.set(id, value as Dict)
  }
  return orderLike(name, b, l, r, result)
}

/** Keeps the remote's order unless only the local side reordered; elements new on one side go last. */
function orderLike(name: string, b: Dict[], l: Dict[], r: Dict[], items: Map<string, Dict>): Dict[] {
  const keyOf = keyedLists[name]
  const ids = (list: Dict[]) => list.map(keyOf).filter((id) => items.has(id))
  const common = (list: string[], other: Set<string>) => list.filter((id) => other.has(id))
  const [bi, li, ri] = [ids(b), ids(l), ids(r)]
  const shared = new Set(bi)
  const localReordered = !deepEqual(common(li, shared), common(bi, new Set(li)))
  const remoteReordered = !deepEqual(common(ri, shared), common(bi, new Set(ri)))
  const first = localReordered && !remoteReordered ? li : ri
  const order = [...first, ...(first === li ? ri : li), ...items.keys()]
  const seen = new Set<string>()
  const out: Dict[] = []
  for (const id of order) {
    if (seen.has(id)) continue
    seen.add(id)
    out.push(items.get(id)!)
  }
  return out
}

function conflict(found: Conflict, state: State): unknown {
  const decision = state.choose(found)
  if (decision === 'local') return found.local
  if (decision === 'remote') return found.remote
  if (decision && typeof decision === 'object') return decision.value
  state.conflicts.push(found)
  return found.local // nothing changes locally until the user decides
}

function unionKeys(...dicts: Dict[]): string[] {
  const keys: string[] = []
  const seen = new Set<string>()
  for (const dict of dicts) {
    for (const key of Object.keys(dict)) {
      if (!seen.has(key)) {
        seen.add(key)
        keys.push(key)
      }
    }
  }
  return keys
}

function isDictList(value: unknown): value is Dict[] {
  return Array.isArray(value) && value.every(isDict)
}
