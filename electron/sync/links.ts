/**
 * The sync bookkeeping tables, read and written by sync actions inside their
 * transactions: links (local ↔ remote dataset, with the base snapshot),
 * group links, pull cursors, the pull scopes that brought each link and the
 * journal of steps in flight.
 */
import type { Sqlite } from '../engine/db/open.ts'
import { sql } from '../engine/db/statements.ts'
import { ckanNow } from '../engine/time.ts'
import type { Conflict } from './merge.ts'
import type { Dict } from './normalize.ts'

/** A row of sync_links. */
export type LinkRow = {
  remote_id: string
  package_id: string
  remote_package_id: string
  remote_name: string
  remote_modified: string | null
  base: string
  local_seq: number
  resource_map: string
  files: string
  synced: string
  remote_state: string
  conflict: string | null
  errors: string | null
}

/** What a recorded conflict holds: the remote dict it was found against, and the open paths. */
export type ConflictRecord = {
  remote: Dict | null
  remote_modified: string | null
  conflicts: Conflict[]
  /** 'fields' (both edited), 'remote-deleted' (local edited, remote deleted), 'local-deleted' (the reverse). */
  kind: 'fields' | 'remote-deleted' | 'local-deleted'
  detected: string
}

/** A synced file's fingerprint (local resource id → this). */
export type FileMark = { name: string; size: number; mtimeMs?: number; sha256?: string }

/** The link of a local dataset to a remote, or undefined. */
export function linkFor(db: Sqlite, remoteId: string, packageId: string): LinkRow | undefined {
  return sql(db, 'SELECT * FROM sync_links WHERE remote_id = ? AND package_id = ?').get(remoteId, packageId) as LinkRow | undefined
}

/** The link holding a remote dataset id, or undefined. */
export function linkByRemoteId(db: Sqlite, remoteId: string, remotePackageId: string): LinkRow | undefined {
  return sql(db, 'SELECT * FROM sync_links WHERE remote_id = ? AND remote_package_id = ?').get(remoteId, remotePackageId) as
    | LinkRow
    | undefined
}

/** Every link of a remote. */
export function linksOf(db: Sqlite, remoteId: string): LinkRow[] {
  return sql(db, 'SELECT * FROM sync_links WHERE remote_id = ?').all(remoteId) as LinkRow[]
}

/** True when the dataset is linked to any remote. */
export function isLinkedAnywhere(db: Sqlite, packageId: string): boolean {
  return sql(db, 'SELECT 1 FROM sync_links WHERE remote_id IN (SELECT id FROM sync_remotes) AND package_id = ? LIMIT 1').get(packageId) !== undefined
}

/** The dataset's newest activity seq (0 when none): the dirty mark compares against it. */
export function localSeq(db: Sqlite, packageId: string): number {
  const row = sql(db, 'SELECT max(seq) AS seq FROM activities WHERE object_id = ?').get(packageId) as { seq: number | null }
  return row.seq ?? 0
}

/** Writes a link (insert or replace). */
export function saveLink(db: Sqlite, link: LinkRow): void {
  sql(
    db,
    `INSERT INTO sync_links (remote_id, package_id, remote_package_id, remote_name, remote_modified, base, local_seq,
       resource_map, files, synced, remote_state, conflict, errors)
     VALUES (@remote_id, @package_id, @remote_package_id, @remote_name, @remote_modified, @base, @local_seq,
       @resource_map, @files, @synced, @remote_state, @conflict, @errors)
     ON CONFLICT (remote_id, package_id) DO UPDATE SET remote_package_id = excluded.remote_package_id,
       remote_name = excluded.remote_name, remote_modified = excluded.remote_modified, base = excluded.base,
       local_seq = excluded.local_seq, resource_map = excluded.resource_map, files = excluded.files,
       synced = excluded.synced, remote_state = excluded.remote_state, conflict = excluded.conflict, errors = excluded.errors`,
  ).run(link)
}

/** A new link row for a dataset just synced with `remote` (the remote dict). */
export function freshLink(remoteId: string, packageId: string, remote: Dict, seq: number, previous?: LinkRow): LinkRow {
  return {
    remote_id: remoteId,
    package_id: packageId,
    remote_package_id: String(remote.id),
    remote_name: String(remote.name),
    remote_modified: typeof remote.metadata_modified === 'string' ? remote.metadata_modified : null,
    base: JSON.stringify(remote),
    local_seq: seq,
    resource_map: previous?.resource_map ?? '{}',
    files: previous?.files ?? '{}',
    synced: ckanNow(),
    remote_state: remote.state === 'deleted' ? 'deleted' : 'active',
    conflict: null,
    errors: null,
  }
}

/**
 * Records that a pull of `scope` brought these remote datasets (those linked
 * by now: one that failed to store has no link to record): one statement.
 */
export function recordLinkScopes(db: Sqlite, remoteId: string, scope: string, remotePackageIds: string[]): void {
  if (remotePackageIds.length === 0) return
  sql(
    db,
    `INSERT OR IGNORE INTO sync_link_scopes (remote_id, package_id, scope)
     SELECT remote_id, package_id, ? FROM sync_links
     WHERE remote_id = ? AND remote_package_id IN (SELECT value FROM json_each(?))`,
  ).run(scope, remoteId, JSON.stringify(remotePackageIds))
}

/** The local ids of the links a pull of `scope` brought. */
export function linksOfScope(db: Sqlite, remoteId: string, scope: string): Set<string> {
  const rows = sql(db, 'SELECT package_id FROM sync_link_scopes WHERE remote_id = ? AND scope = ?').all(remoteId, scope) as { package_id: string }[]
  return new Set(rows.map((row) => row.package_id))
}

/** Forgets that `scope` holds these links (the remote keeps them, outside the scope now). */
export function forgetLinkScopes(db: Sqlite, remoteId: string, scope: string, packageIds: string[]): void {
  sql(
    db,
    `DELETE FROM sync_link_scopes WHERE remote_id = ? AND scope = ? AND package_id IN (SELECT value FROM json_each(?))`,
  ).run(remoteId, scope, JSON.stringify(packageIds))
}

/** Removes a link. */
export function deleteLink(db: Sqlite, remoteId: string, packageId: string): void {
  sql(db, 'DELETE FROM sync_links WHERE remote_id = ? AND package_id = ?').run(remoteId, packageId)
}

/** A link's JSON columns, parsed. */
export function linkParts(link: LinkRow): {
  base: Dict
  resourceMap: Record<string, string>
  files: Record<string, FileMark>
  conflict: ConflictRecord | null
} {
  return {
    base: JSON.parse(link.base),
    resourceMap: JSON.parse(link.resource_map),
    files: JSON.parse(link.files),
    conflict: link.conflict ? JSON.parse(link.conflict) : null,
  }
}

/** The local ↔ remote map of organizations and groups for one remote. */
export type GroupLinks = {
  localOf(remoteGroupId: string): string | undefined
  remoteOf(localGroupId: string): { id: string; name: string } | undefined
  /** The remote group's name when last seen: a pull showing another one saw a rename. */
  remoteNameOf(remoteGroupId: string): string | undefined
}

/** Loads a remote's group links. */
export function groupLinks(db: Sqlite, remoteId: string): GroupLinks {
  const rows = sql(db, 'SELECT * FROM sync_group_links WHERE remote_id = ?').all(remoteId) as {
    local_id: string
    remote_group_id: string
    remote_name: string
  }[]
  const byRemote = new Map(rows.map((row) => [row.remote_group_id, row.local_id]))
  const byLocal = new Map(rows.map((row) => [row.local_id, { id: row.remote_group_id, name: row.remote_name }]))
  const names = new Map(rows.map((row) => [row.remote_group_id, row.remote_name]))
  return { localOf: (id) => byRemote.get(id), remoteOf: (id) => byLocal.get(id), remoteNameOf: (id) => names.get(id) }
}

/**
 * The remote group whose local copy holds `name` locally, when it is not
 * `remoteGroupId`: a remote group new to us that takes that name must not be
 * mapped onto it (its holder was most likely renamed on the remote).
 */
export function otherHolderOfName(db: Sqlite, remoteId: string, name: string, remoteGroupId: string): { id: string; isOrganization: boolean } | undefined {
  const row = sql(
    db,
    `SELECT l.remote_group_id, l.is_organization FROM groups g JOIN sync_group_links l ON l.local_id = g.id
     WHERE l.remote_id = ? AND g.name = ? AND l.remote_group_id <> ?`,
  ).get(remoteId, name, remoteGroupId) as { remote_group_id: string; is_organization: number } | undefined
  return row && { id: row.remote_group_id, isOrganization: row.is_organization === 1 }
}

/** A local organization's or group's name and title, or undefined. */
export function localGroupNames(db: Sqlite, localId: string): { name: string; title: string | null } | undefined {
  return sql(db, 'SELECT name, title FROM groups WHERE id = ?').get(localId) as { name: string; title: string | null } | undefined
}

/** Records that a local organization or group stands for a remote one. */
export function saveGroupLink(db: Sqlite, remoteId: string, localId: string, remote: { id: string; name: string; is_organization: boolean }): void {
  sql(
    db,
    `INSERT INTO sync_group_links (remote_id, local_id, remote_group_id, remote_name, is_organization) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (remote_id, local_id) DO UPDATE SET remote_group_id = excluded.remote_group_id, remote_name = excluded.remote_name`,
  ).run(remoteId, localId, remote.id, remote.name, remote.is_organization ? 1 : 0)
}

/** Where the last pull of a scope got to, or undefined before the first. */
export function cursorOf(db: Sqlite, remoteId: string, scope: string): string | undefined {
  return (sql(db, 'SELECT since FROM sync_cursors WHERE remote_id = ? AND scope = ?').get(remoteId, scope) as { since: string } | undefined)?.since
}

/** Moves a scope's cursor forward (never back). */
export function advanceCursor(db: Sqlite, remoteId: string, scope: string, since: string): void {
  sql(
    db,
    `INSERT INTO sync_cursors (remote_id, scope, since, updated) VALUES (?, ?, ?, ?)
     ON CONFLICT (remote_id, scope) DO UPDATE SET since = max(since, excluded.since), updated = excluded.updated`,
  ).run(remoteId, scope, since, ckanNow())
}

/** A journal entry: a step begun against the remote whose outcome may not be known. */
export type JournalEntry = { step: string; job_id: string | null; data: Dict; started: string }

/** The journal entry for a dataset's step, or undefined. */
export function journalEntry(db: Sqlite, remoteId: string, packageId: string, step: string): JournalEntry | undefined {
  const row = sql(db, 'SELECT * FROM sync_journal WHERE remote_id = ? AND package_id = ? AND step = ?').get(remoteId, packageId, step) as
    | (Omit<JournalEntry, 'data'> & { data: string })
    | undefined
  return row ? { ...row, data: JSON.parse(row.data) } : undefined
}

/** Records that a step is about to be sent. */
export function beginStep(db: Sqlite, remoteId: string, packageId: string, step: string, jobId: string | null, data: Dict): void {
  sql(
    db,
    `INSERT INTO sync_journal (remote_id, package_id, step, job_id, data, started) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (remote_id, package_id, step) DO UPDATE SET job_id = excluded.job_id, data = excluded.data, started = excluded.started`,
  ).run(remoteId, packageId, step, jobId, JSON.stringify(data), ckanNow())
}

/** Forgets a dataset's finished steps (all of them when `step` is omitted). */
export function endSteps(db: Sqlite, remoteId: string, packageId: string, step?: string): void {
  if (step) sql(db, 'DELETE FROM sync_journal WHERE remote_id = ? AND package_id = ? AND step = ?').run(remoteId, packageId, step)
  else sql(db, 'DELETE FROM sync_journal WHERE remote_id = ? AND package_id = ?').run(remoteId, packageId)
}
