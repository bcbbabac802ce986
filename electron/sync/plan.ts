/**
 * The push plan: for each local dataset that differs from a remote, what a
 * push would do (create, update, delete, restore), the field-level diff
 * against the base, and the files to upload. Computed offline, inside one
 * read transaction; `push --dry-run` shows it and stops.
 */
import type { Context } from '../engine/context.ts'
import { sql } from '../engine/db/statements.ts'
import { findPackageRow, showPackage, type PackageRow } from '../engine/packages/store.ts'
import { diffDicts, type FieldChange } from './diff.ts'
import { groupLinks, linkFor, linkParts, localGroupNames, localSeq, type GroupLinks, type LinkRow } from './links.ts'
import { pendingUploads } from './local-files.ts'
import { editableView } from './normalize.ts'
import type { RemoteRow } from './remotes.ts'
import { remoteViewOfLocal } from './translate.ts'

export type PlanAction = 'create' | 'update' | 'delete' | 'restore' | 'none' | 'blocked'

/** One dataset's part of a push. */
export type PlanItem = {
  id: string
  name: string
  action: PlanAction
  remote_id: string | null
  changes: FieldChange[]
  uploads: { resource_id: string; name: string; size: number }[]
  /** Why a dataset is blocked or skipped. */
  reason?: string
}

/**
 * The plan for `names` (ids or names), or for every dataset that changed:
 * linked ones edited or deleted since their last sync, and new ones linked
 * to no remote at all.
 */
export function planPush(ctx: Context, remote: RemoteRow, names?: string[]): PlanItem[] {
  const groups = groupLinks(ctx.db, remote.id)
  const targets = names?.length ? explicitTargets(ctx, remote, names) : changedTargets(ctx, remote)
  const items = targets.map(({ row, link }) => planOne(ctx, remote, groups, row, link))
  return names?.length ? items : items.filter((item) => item.action !== 'none')
}

type Target = { row: PackageRow | undefined; link: LinkRow | undefined }

function explicitTargets(ctx: Context, remote: RemoteRow, names: string[]): Target[] {
  return names.map((name) => {
    const row = findPackageRow(ctx.db, name)
    const link = row
      ? linkFor(ctx.db, remote.id, row.id)
      : (sql(ctx.db, 'SELECT * FROM sync_links WHERE remote_id = ? AND (remote_name = ? OR remote_package_id = ?)').get(remote.id, name, name) as LinkRow | undefined)
    return { row, link }
  })
}

/**
 * Linked datasets with a newer activity than their last sync, a conflict, or
 * uploaded resources (whose files may have changed without an activity), then
 * local datasets linked to no remote. The filter runs in SQL: a catalog of
 * 10,000 linked datasets should not ship every base snapshot to JavaScript.
 */
function changedTargets(ctx: Context, remote: RemoteRow): Target[] {
  const linked = sql(
    ctx.db,
    `SELECT l.* FROM sync_links l
     WHERE l.remote_id = ? AND (
       l.conflict IS NOT NULL
       OR (l.remote_state = 'active' AND NOT EXISTS (SELECT 1 FROM packages p WHERE p.id = l.package_id))
       OR coalesce((SELECT max(seq) FROM activities a WHERE a.object_id = l.package_id), 0) > l.local_seq
       OR (? AND EXISTS (SELECT 1 FROM resources r WHERE r.package_id = l.package_id AND r.url_type = 'upload' AND r.state = 'active')))`,
  ).all(remote.id, ctx.dataDir ? 1 : 0) as LinkRow[]
  const targets: Target[] = linked.map((link) => ({ row: findPackageRow(ctx.db, link.package_id), link }))
  const fresh = sql(
    ctx.db,
    `SELECT * FROM packages p WHERE p.state = 'active' AND p.type = 'dataset'
       AND NOT EXISTS (SELECT 1 FROM sync_links l WHERE l.remote_id IN (SELECT id FROM sync_remotes) AND l.package_id = p.id) ORDER BY p.name`,
  ).all() as PackageRow[]
  for (const row of fresh) targets.push({ row, link: undefined })
  return targets
}

function planOne(ctx: Context, remote: RemoteRow, groups: GroupLinks, row: PackageRow | undefined, link: LinkRow | undefined): PlanItem {
  const item: PlanItem = {
    id: row?.id ?? link?.package_id ?? '',
    name: row?.name ?? link?.remote_name ?? '',
    action: 'none',
    remote_id: link?.remote_package_id ?? null,
    changes: [],
    uploads: [],
  }
  if (!row && !link) return { ...item, action: 'blocked', reason: 'Dataset not found' }
  const parts = link ? linkParts(link) : undefined
  if (parts?.conflict) return { ...item, action: 'blocked', reason: `conflict (${parts.conflict.kind}): resolve it first` }
  const gone = !row || row.state === 'deleted'
  if (gone) return link && link.remote_state === 'active' ? { ...item, action: 'delete' } : item
  const local = showPackage(ctx, row)
  const view = remoteViewOfLocal(local, groups, parts?.resourceMap ?? {})
  item.uploads = pendingUploads(ctx.dataDir, local, parts?.files ?? {}).map(({ resource_id, name, size }) => ({ resource_id, name, size }))
  if (!link) return { ...item, action: 'create', changes: namedGroups(ctx, groups, diffDicts({}, view)) }
  const dirty = localSeq(ctx.db, row.id) > link.local_seq
  item.changes = dirty ? namedGroups(ctx, groups, diffDicts(editableView(parts!.base), view)) : []
  if (link.remote_state !== 'active') return { ...item, action: 'restore' }
  return { ...item, action: item.changes.length || item.uploads.length ? 'update' : 'none' }
}

/**
 * Group changes as a reader knows the groups: views key a dataset's groups
 * by remote id (a rename on the remote changes no dataset), which says
 * nothing to the user, so the plan names each group instead: by its name on
 * the remote when last seen, else (a local group not yet on the remote) by
 * its local name.
 */
function namedGroups(ctx: Context, groups: GroupLinks, changes: FieldChange[]): FieldChange[] {
  return changes.map((change) => {
    const key = /^groups\[(.+)\]$/.exec(change.path)?.[1]
    if (key === undefined) return change
    const name = groups.remoteNameOf(key) ?? localGroupNames(ctx.db, key)?.name ?? key
    const named = (value: unknown) => (value && typeof value === 'object' ? { ...value, name } : value)
    return { path: `groups[${name}]`, before: named(change.before), after: named(change.after) }
  })
}
