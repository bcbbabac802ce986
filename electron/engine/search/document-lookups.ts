/**
 * The rows a search document needs besides the dataset dict: its groups
 * (memberships), organization and group names and titles, vocabulary names.
 * One dataset write reads them directly; a rebuild preloads them per batch.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'

/** An organization or group as the index uses it. */
export type GroupInfo = { id: string; name: string; title: string | null; is_organization: number }

/** Where buildDocument finds rows other than the dataset's own. */
export type DocumentLookups = {
  group(id: string): GroupInfo | undefined
  groupNamed(name: string): GroupInfo | undefined
  /** The groups (not organizations) the dataset is an active member of. */
  groupsOf(packageId: string): GroupInfo[]
  vocabularyName(idOrName: string): string | null
}

const groupColumns = 'id, name, title, is_organization'

/** Lookups straight from the database (one dataset write). */
export function databaseLookups(db: Sqlite): DocumentLookups {
  return {
    group: (id) => sql(db, `SELECT ${groupColumns} FROM groups WHERE id = ?`).get(id) as GroupInfo | undefined,
    groupNamed: (name) => sql(db, `SELECT ${groupColumns} FROM groups WHERE name = ?`).get(name) as GroupInfo | undefined,
    groupsOf: (packageId) =>
      sql(
        db,
        `SELECT g.id, g.name, g.title, g.is_organization FROM members m JOIN groups g ON g.id = m.group_id
         WHERE m.table_name = 'package' AND m.table_id = ? AND m.state = 'active' AND g.is_organization = 0`,
      ).all(packageId) as GroupInfo[],
    vocabularyName: (idOrName) => {
      const row = sql(db, 'SELECT name FROM vocabularies WHERE id = ? OR name = ?').get(idOrName, idOrName) as { name: string } | undefined
      return row?.name ?? null
    },
  }
}

/** Lookups for a batch of datasets, read up front in a few queries (a rebuild). */
export function batchLookups(db: Sqlite, packageIds: string[]): DocumentLookups {
  const groups = sql(db, `SELECT ${groupColumns} FROM groups`).all() as GroupInfo[]
  const byId = new Map(groups.map((group) => [group.id, group]))
  const byName = new Map(groups.map((group) => [group.name, group]))
  const memberships = new Map<string, GroupInfo[]>()
  const rows = sql(
    db,
    `SELECT m.table_id, m.group_id FROM members m
     WHERE m.table_name = 'package' AND m.state = 'active' AND m.table_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(packageIds)) as { table_id: string; group_id: string }[]
  for (const { table_id, group_id } of rows) {
    const group = byId.get(group_id)
    if (!group || group.is_organization) continue
    memberships.set(table_id, [...(memberships.get(table_id) ?? []), group])
  }
  const vocabularies = sql(db, 'SELECT id, name FROM vocabularies').all() as { id: string; name: string }[]
  const vocabulary = new Map(vocabularies.flatMap((v) => [[v.id, v.name], [v.name, v.name]]))
  return {
    group: (id) => byId.get(id),
    groupNamed: (name) => byName.get(name),
    groupsOf: (packageId) => memberships.get(packageId) ?? [],
    vocabularyName: (idOrName) => vocabulary.get(idOrName) ?? null,
  }
}
