/**
 * The rows a search document needs besides the dataset dict: its groups
 * (memberships), organization and group names and titles, vocabulary names,
 * its relationships.
 * One dataset write reads them directly; a rebuild preloads them per batch.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { otherType } from '../relationships/types.ts'

/** An organization or group as the index uses it. */
export type GroupInfo = { id: string; name: string; title: string | null; is_organization: number }

/** Where buildDocument finds rows other than the dataset's own. */
export type DocumentLookups = {
  group(id: string): GroupInfo | undefined
  groupNamed(name: string): GroupInfo | undefined
  /** The groups (not organizations) the dataset is an active member of. */
  groupsOf(packageId: string): GroupInfo[]
  vocabularyName(idOrName: string): string | null
  /** The dataset's active relationships as [type seen from it, the other dataset's name] (index.py's rel_dict). */
  relationshipsOf(packageId: string): [string, string][]
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
    relationshipsOf: (packageId) => relationshipPairs(readRelationships(db, [packageId])),
  }
}

type RelationshipEnd = { package_id: string; type: string; other: string; as_object: number }

/**
 * The active relationships of these datasets whose other side is a dataset,
 * each from the dataset's side: CKAN indexes a relationship the dataset is
 * the object of under its reverse type, with the subject's name.
 */
function readRelationships(db: Sqlite, packageIds: string[]): RelationshipEnd[] {
  return sql(
    db,
    `SELECT r.subject_package_id AS package_id, r.type, p.name AS other, 0 AS as_object
       FROM package_relationships r JOIN packages p ON p.id = r.object_package_id
      WHERE r.state = 'active' AND r.subject_package_id IN (SELECT value FROM json_each(@ids))
     UNION ALL
     SELECT r.object_package_id, r.type, p.name, 1
       FROM package_relationships r JOIN packages p ON p.id = r.subject_package_id
      WHERE r.state = 'active' AND r.object_package_id IN (SELECT value FROM json_each(@ids))`,
  ).all({ ids: JSON.stringify(packageIds) }) as RelationshipEnd[]
}

function relationshipPairs(ends: RelationshipEnd[]): [string, string][] {
  return ends.flatMap((end): [string, string][] => {
    const type = end.as_object ? otherType(end.type) : end.type
    return type ? [[type, end.other]] : []
  })
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
  const relationships = readRelationships(db, packageIds)
  const vocabularies = sql(db, 'SELECT id, name FROM vocabularies').all() as { id: string; name: string }[]
  const vocabulary = new Map(vocabularies.flatMap((v) => [[v.id, v.name], [v.name, v.name]]))
  return {
    group: (id) => byId.get(id),
    groupNamed: (name) => byName.get(name),
    groupsOf: (packageId) => memberships.get(packageId) ?? [],
    vocabularyName: (idOrName) => vocabulary.get(idOrName) ?? null,
    relationshipsOf: (packageId) => relationshipPairs(relationships.filter((end) => end.package_id === packageId)),
  }
}
