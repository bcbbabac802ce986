/**
 * Between the two sites' id spaces. A pulled dataset keeps the remote's ids
 * (dataset, resources), but its organization and groups are local rows that
 * may carry other ids; resources created locally get remote ids only once
 * pushed. Comparisons and pushes happen in the remote's space.
 */
import type { GroupLinks } from './links.ts'
import {
  byGroupKey,
  editableView,
  groupReference,
  isDict,
  keyedLists,
  serverManagedKeys,
  serverManagedResourceKeys,
  uploadFileName,
  type Dict,
} from './normalize.ts'

/** The dict to store locally for a remote dict: organization and groups mapped to local rows, upload URLs as bare file names. */
export function localFromRemote(remote: Dict, groups: GroupLinks): Dict {
  const local: Dict = { ...remote }
  if (typeof remote.owner_org === 'string') local.owner_org = groups.localOf(remote.owner_org) ?? remote.owner_org
  if (Array.isArray(remote.groups)) {
    local.groups = remote.groups.filter(isDict).map((g) => {
      const id = typeof g.id === 'string' ? (groups.localOf(g.id) ?? g.id) : g.id
      return { ...g, id }
    })
  }
  if (Array.isArray(remote.resources)) {
    local.resources = remote.resources.map((r) =>
      isDict(r) && r.url_type === 'upload' && typeof r.url === 'string' ? { ...r, url: uploadFileName(r.url) } : r,
    )
  }
  return local
}

/**
 * The editable view of a local dataset (package_show dict) in the remote's
 * space: organization and groups by remote id (a group keeps its id when
 * renamed, never its name), resources by remote id where one is known
 * (`resourceMap`: local id → remote id). A local group with no remote
 * counterpart yet keeps its local id; the push maps it by name.
 */
export function remoteViewOfLocal(local: Dict, groups: GroupLinks, resourceMap: Record<string, string>): Dict {
  const view = editableView(local)
  if (typeof view.owner_org === 'string') view.owner_org = groups.remoteOf(view.owner_org)?.id ?? view.owner_org
  if (Array.isArray(view.groups)) {
    view.groups = view.groups
      .filter(isDict)
      .map((g) => groupReference({ ...g, id: typeof g.id === 'string' ? (groups.remoteOf(g.id)?.id ?? g.id) : g.id }))
      .sort(byGroupKey)
  }
  if (Array.isArray(view.resources)) {
    view.resources = view.resources.map((r) => (isDict(r) && typeof r.id === 'string' && resourceMap[r.id] ? { ...r, id: resourceMap[r.id] } : r))
  }
  return view
}

/**
 * A full dict from `full` (whose server-set fields it keeps) with its
 * editable fields replaced by `view`: how a merged result becomes a dataset
 * again. Resources keep their server-set fields by id.
 */
export function overlayView(full: Dict, view: Dict, fallback: Dict = {}): Dict {
  const out: Dict = {}
  for (const [key, value] of Object.entries(full)) if (serverManagedKeys.has(key)) out[key] = value
  Object.assign(out, view)
  if (Array.isArray(view.resources)) {
    const known = new Map<string, Dict>()
    for (const source of [fallback.resources, full.resources]) {
      if (Array.isArray(source)) for (const r of source) if (isDict(r) && typeof r.id === 'string') known.set(r.id, r)
    }
    out.resources = view.resources.map((r) => {
      if (!isDict(r) || typeof r.id !== 'string') return r
      const server: Dict = {}
      for (const [key, value] of Object.entries(known.get(r.id) ?? {})) if (serverManagedResourceKeys.has(key)) server[key] = value
      return { ...server, ...r }
    })
  }
  if (Array.isArray(view.groups)) {
    // Group references are ids (or names in hand-made dicts): the full group dicts come from either side.
    const keyOf = keyedLists.groups
    const known = new Map<string, Dict>()
    for (const source of [fallback.groups, full.groups]) {
      if (Array.isArray(source)) for (const g of source) if (isDict(g)) known.set(keyOf(g, 0), g)
    }
    out.groups = view.groups.map((g) => (isDict(g) ? (known.get(keyOf(g, 0)) ?? g) : g))
  }
  return out
}

/**
 * A remote-space view's groups under their local ids (the reverse of
 * remoteViewOfLocal), before it is written as the local copy: a group
 * adopted locally under another id than the remote's would otherwise be
 * looked up by an id the local catalog does not hold.
 */
export function withLocalGroups(view: Dict, groups: GroupLinks): Dict {
  if (!Array.isArray(view.groups)) return view
  const mapped = view.groups.map((g) => (isDict(g) && typeof g.id === 'string' ? { ...g, id: groups.localOf(g.id) ?? g.id } : g))
  return { ...view, groups: mapped }
}

/** The view with resource ids dropped: to recognise our own lost update, where new resources got ids we never saw. */
export function withoutResourceIds(view: Dict): Dict {
  if (!Array.isArray(view.resources)) return view
  return { ...view, resources: view.resources.map((r) => (isDict(r) ? { ...r, id: undefined } : r)) }
}
