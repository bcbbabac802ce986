/**
 * The dict operations behind package_revise (CKAN's
 * ckan/lib/navl/dictization_functions.py: check_dict, resolve_string_key,
 * filter_glob_match, update_merge_dict, update_merge_string_key). Paths are
 * `__`-separated; list elements are addressed by index (negative allowed)
 * or by an id prefix of at least 5 characters.
 */
import { isDict } from './check-structure.ts'

type Path = (string | number)[]
type Dict = Record<string, unknown>

/** A revision that cannot apply (CKAN's DataError); the message names the path. */
export class ReviseError extends Error {}

/** Paths under `select` whose values differ from `data` (lists compared element by element). */
export function checkDict(data: Dict, select: Dict, parent: Path = []): Path[] {
  const unmatched: Path[] = []
  for (const key of Object.keys(select).sort()) {
    const wanted = select[key]
    const path = [...parent, key]
    if (!(key in data)) unmatched.push(path)
    else if (isDict(wanted)) {
      if (isDict(data[key])) unmatched.push(...checkDict(data[key] as Dict, wanted, path))
      else unmatched.push(path)
    } else if (Array.isArray(wanted)) {
      if (Array.isArray(data[key])) unmatched.push(...checkList(data[key] as unknown[], wanted, path))
      else unmatched.push(path)
    } else if (!isEqual(data[key], wanted)) unmatched.push(path)
  }
  return unmatched
}

/** Element-by-element comparison; an element `select` has beyond the end of `data` is a mismatch. */
export function checkList(data: unknown[], select: unknown[], parent: Path = []): Path[] {
  const unmatched: Path[] = []
  for (let i = 0; i < select.length; i += 1) {
    const wanted = select[i]
    const path = [...parent, i]
    if (i >= data.length) unmatched.push(path)
    else if (isDict(wanted)) {
      if (isDict(data[i])) unmatched.push(...checkDict(data[i] as Dict, wanted, path))
      else unmatched.push(path)
    } else if (Array.isArray(wanted)) {
      if (Array.isArray(data[i])) unmatched.push(...checkList(data[i] as unknown[], wanted, path))
      else unmatched.push(path)
    } else if (!isEqual(data[i], wanted)) unmatched.push(path)
  }
  return unmatched
}

/** The value at a `__` path, and its resolved path (indexes as numbers). */
export function resolveStringKey(data: unknown, stringKey: string): { value: unknown; path: Path } {
  const path: Path = []
  let current = data
  for (const part of stringKey.split('__')) {
    const unmatched = () => new ReviseError(`Unmatched key ${[...path, part].join('__')}`)
    if (isDict(current)) {
      if (!(part in current)) throw unmatched()
      path.push(part)
      current = current[part]
      continue
    }
    if (!Array.isArray(current)) throw unmatched()
    const index = listIndex(current, part)
    if (index === null) throw unmatched()
    path.push(index)
    current = current[index]
  }
  return { value: current, path }
}

/** Paths under a `match__{key}` value that differ from the dataset. */
export function checkStringKey(data: Dict, stringKey: string, value: unknown): Path[] {
  const { value: current, path } = resolveStringKey(data, stringKey)
  if (isDict(value)) return isDict(current) ? checkDict(current, value, path) : [path]
  if (Array.isArray(value)) return Array.isArray(current) ? checkList(current, value, path) : [path]
  return isEqual(current, value) ? [] : [path]
}

/**
 * Removes keys matching the glob patterns, in place: `-path` (or a bare
 * path) removes, `+path` protects, `*` matches any key at its level; the
 * first pattern that matches a key decides.
 */
export function filterGlobMatch(data: unknown, patterns: string[]): void {
  filterParsed(
    data,
    patterns.map((pattern) => ({ protect: pattern.startsWith('+'), parts: pattern.replace(/^[-+]+/, '').split('__') })),
  )
}

type Glob = { protect: boolean; parts: string[] }

function filterParsed(data: unknown, globs: Glob[]): void {
  if (isDict(data)) {
    for (const key of Object.keys(data)) {
      if (decide(key, globs, data[key]) === 'remove') delete data[key]
    }
  } else if (Array.isArray(data)) {
    for (let i = data.length - 1; i >= 0; i -= 1) {
      const record = data[i]
      const id = isDict(record) && typeof record.id === 'string' ? record.id : null
      if (decide(String(i), globs, record, id) === 'remove') data.splice(i, 1)
    }
  }
}

/** What the first matching whole-key pattern says of this key; deeper patterns apply to its value. */
function decide(key: string, globs: Glob[], value: unknown, id: string | null = null): 'keep' | 'remove' {
  const deeper: Glob[] = []
  for (const glob of globs) {
    const head = glob.parts[0]
    const matches = head === '*' || head === key || (id !== null && head.length >= 5 && id.startsWith(head))
    if (!matches) continue
    if (glob.parts.length === 1) {
      if (!glob.protect) return 'remove'
      break
    }
    deeper.push({ protect: glob.protect, parts: glob.parts.slice(1) })
  }
  if (deeper.length) filterParsed(value, deeper)
  return 'keep'
}

/** Deep merge of `update` into `data`, in place: dicts merge, lists merge by index, scalars replace. */
export function updateMergeDict(data: Dict, update: unknown, parent: Path = []): void {
  if (!isDict(update)) throw new ReviseError(`Expected dict for ${parent.join('__')}`)
  for (const [key, value] of Object.entries(update)) {
    const path = [...parent, key]
    if (!(key in data)) data[key] = value
    else if (isDict(data[key])) updateMergeDict(data[key] as Dict, value, path)
    else if (Array.isArray(data[key])) updateMergeList(data[key] as unknown[], value, path)
    else data[key] = value
  }
}

/** List merge: element i updates element i, surplus elements are appended. */
export function updateMergeList(data: unknown[], update: unknown, parent: Path = []): void {
  if (!Array.isArray(update)) throw new ReviseError(`Expected list for ${parent.join('__')}`)
  update.forEach((value, i) => {
    const path = [...parent, i]
    if (i >= data.length) data.push(value)
    else if (isDict(data[i])) updateMergeDict(data[i] as Dict, value, path)
    else if (Array.isArray(data[i])) updateMergeList(data[i] as unknown[], value, path)
    else data[i] = value
  })
}

/**
 * Applies one `update__{key}` value, in place; `{list}__extend` appends a
 * list. Errors name paths as CKAN's update_merge_string_key does: the parent
 * path for a wrong type, the last part alone for an unknown list element.
 */
export function updateMergeStringKey(data: Dict, stringKey: string, value: unknown): void {
  const parts = stringKey.split('__')
  const last = parts[parts.length - 1]
  const parentKey = parts.slice(0, -1).join('__')
  const { value: parent, path } = parentKey ? resolveStringKey(data, parentKey) : { value: data as unknown, path: [] as Path }
  if (isDict(parent)) {
    updateMergeDict(parent, { [last]: value }, path)
    return
  }
  if (!Array.isArray(parent)) throw new ReviseError(`Expected list or dict for ${parentKey}`)
  if (last === 'extend') {
    if (!Array.isArray(value)) throw new ReviseError(`Expected list for ${parentKey}`)
    parent.push(...value)
    return
  }
  const index = listIndex(parent, last)
  if (index === null) throw new ReviseError(`Unmatched key ${last}`)
  if (isDict(parent[index])) updateMergeDict(parent[index] as Dict, value, [...path, index])
  else if (Array.isArray(parent[index])) updateMergeList(parent[index] as unknown[], value, [...path, index])
  else parent[index] = value
}

/** A list element by index (negative counts from the end) or by id prefix of ≥ 5 characters. */
function listIndex(list: unknown[], part: string): number | null {
  if (part.length >= 5) {
    const index = list.findIndex((record) => isDict(record) && typeof record.id === 'string' && record.id.startsWith(part))
    return index >= 0 ? index : null
  }
  if (!/^-?\d+$/.test(part)) return null
  const index = Number(part)
  if (index < -list.length || index >= list.length) return null
  return index < 0 ? list.length + index : index
}

function isEqual(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}
