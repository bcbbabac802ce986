/**
 * Reads and writes of the package_relationships table, as CKAN's Package and
 * PackageRelationship models do them (ckan/model/package.py,
 * package_relationship.py): rows hold the forward form, lookups see both.
 */
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'
import { isFalsy } from '../packages/field-values.ts'
import { queueForIndex } from '../search/index-queue.ts'
import { newId } from '../time.ts'
import { isReverseType, otherType } from './types.ts'

/** A row of the package_relationships table. */
export type RelationshipRow = {
  id: string
  subject_package_id: string | null
  object_package_id: string | null
  type: string | null
  comment: string | null
  state: string
}

/** A relationship as the relationship actions return it (CKAN's as_dict): datasets by name. */
export type RelationshipDict = { subject: string | null; type: string | null; object: string | null; comment: string | null }

/** A value bound as a type: anything not a string can match no row (better-sqlite3 binds no booleans or objects). */
function typeKey(type: unknown): string {
  return typeof type === 'string' ? type : `\u0000${JSON.stringify(type) ?? ''}`
}

/**
 * Mirrors CKAN's Package.get_relationships(with_package, type): the active
 * rows where the dataset is the subject (of `type`), or the object (of the
 * type's reverse), optionally only those with `otherId` on the other side.
 * A type that is empty in Python's sense filters nothing. In stored order.
 */
export function activeRelationships(db: Sqlite, packageId: string, otherId: string | null, type: unknown): RelationshipRow[] {
  const hasType = !isFalsy(type)
  const forward = ['subject_package_id = @pkg', otherId === null ? '' : 'object_package_id = @other', hasType ? 'type = @type' : '']
  // CKAN filters the reverse side on reverse_type(type): none for an unknown type, so only untyped rows would match.
  const reverse = ['object_package_id = @pkg', otherId === null ? '' : 'subject_package_id = @other', hasType ? 'type IS @reverse' : '']
  const where = (parts: string[]) => parts.filter(Boolean).join(' AND ')
  const params: Record<string, unknown> = { pkg: packageId }
  if (otherId !== null) params.other = otherId
  if (hasType) Object.assign(params, { type: typeKey(type), reverse: otherType(type) })
  return sql(
    db,
    `SELECT * FROM package_relationships WHERE state = 'active' AND ((${where(forward)}) OR (${where(reverse)})) ORDER BY rowid`,
  ).all(params) as RelationshipRow[]
}

/** A stored row in any state with exactly this subject, object and (forward) type. */
function forwardRowAnyState(db: Sqlite, subjectId: string, objectId: string, type: string): RelationshipRow | undefined {
  return sql(
    db,
    'SELECT * FROM package_relationships WHERE subject_package_id = ? AND object_package_id = ? AND type = ? ORDER BY rowid LIMIT 1',
  ).get(subjectId, objectId, type) as RelationshipRow | undefined
}

/** The row with this id, or undefined. */
export function relationshipById(db: Sqlite, id: string): RelationshipRow | undefined {
  return sql(db, 'SELECT * FROM package_relationships WHERE id = ?').get(id) as RelationshipRow | undefined
}

/**
 * Mirrors CKAN's Package.add_relationship, once no active relationship
 * exists: a reverse type is stored as its forward pair with the datasets
 * swapped. A forward one brings back a deleted row of the same three
 * (keeping its comment unless a non-empty one is given); CKAN's search for
 * such a row never matches a reverse type, so that always makes a new row.
 */
export function addRelationship(db: Sqlite, packageId: string, type: string, otherId: string, comment: string | null): RelationshipRow {
  reindexEnds(db, [packageId, otherId])
  if (isReverseType(type)) return insertRelationship(db, otherId, packageId, otherType(type)!, comment)
  const existing = forwardRowAnyState(db, packageId, otherId, type)
  if (!existing) return insertRelationship(db, packageId, otherId, type, comment)
  const kept = comment ? comment : existing.comment // CKAN's `if comment:`
  sql(db, "UPDATE package_relationships SET comment = ?, state = 'active' WHERE id = ?").run(kept, existing.id)
  return { ...existing, comment: kept, state: 'active' }
}

/**
 * Queues the datasets on either side for reindexing: each relationship type
 * is a search field of theirs (search/document.ts). CKAN reindexes them only
 * when they are next written.
 */
function reindexEnds(db: Sqlite, ids: (string | null)[]): void {
  for (const id of new Set(ids)) if (id) queueForIndex(db, id)
}

function insertRelationship(db: Sqlite, subjectId: string, objectId: string, type: string, comment: string | null): RelationshipRow {
  const row: RelationshipRow = { id: newId(), subject_package_id: subjectId, object_package_id: objectId, type, comment, state: 'active' }
  sql(
    db,
    `INSERT INTO package_relationships (id, subject_package_id, object_package_id, type, comment, state)
     VALUES (@id, @subject_package_id, @object_package_id, @type, @comment, @state)`,
  ).run(row)
  return row
}

/** Sets a row's comment (CKAN's _update_package_relationship writes it only when it differs). */
export function setComment(db: Sqlite, row: RelationshipRow, comment: string | null): RelationshipRow {
  if (row.comment !== comment) sql(db, 'UPDATE package_relationships SET comment = ? WHERE id = ?').run(comment, row.id)
  return { ...row, comment }
}

/** Soft-deletes a row (CKAN's relationship.delete()). */
export function deleteRelationship(db: Sqlite, row: RelationshipRow): void {
  sql(db, "UPDATE package_relationships SET state = 'deleted' WHERE id = ?").run(row.id)
  reindexEnds(db, [row.subject_package_id, row.object_package_id])
}

/**
 * CKAN's PackageRelationship.as_dict: the row by dataset names, from the
 * point of view of `viewerId` when given (the viewer as subject, the type
 * reversed when the row has it as object), else as stored.
 */
export function relationshipDict(db: Sqlite, row: RelationshipRow, viewerId: string | null = null): RelationshipDict {
  const seenFromObject = viewerId !== null && viewerId === row.object_package_id
  const subject = seenFromObject ? row.object_package_id : row.subject_package_id
  const object = seenFromObject ? row.subject_package_id : row.object_package_id
  return {
    subject: packageName(db, subject),
    type: seenFromObject ? otherType(row.type) : row.type,
    object: packageName(db, object),
    comment: row.comment,
  }
}

/** A dataset's name; null for a side the row does not have (CKAN would fail on it). */
function packageName(db: Sqlite, id: string | null): string | null {
  if (id === null) return null
  return (sql(db, 'SELECT name FROM packages WHERE id = ?').pluck().get(id) as string | undefined) ?? null
}

/**
 * package_show's relationships_as_subject and relationships_as_object. Mirrors
 * CKAN 2.10: package_dictize lists the dataset's active rows on each side
 * (every column), then package_show's schema (default_relationship_schema)
 * drops `state` and a null comment and moves the columns it does not name
 * into `__extras`; navl puts each dict's keys in sorted order.
 */
export function shownRelationships(db: Sqlite, packageId: string): { asSubject: Record<string, unknown>[]; asObject: Record<string, unknown>[] } {
  const side = (column: 'subject_package_id' | 'object_package_id') =>
    (sql(db, `SELECT * FROM package_relationships WHERE ${column} = ? AND state = 'active' ORDER BY rowid`).all(packageId) as RelationshipRow[]).map(shownDict)
  return { asSubject: side('subject_package_id'), asObject: side('object_package_id') }
}

function shownDict(row: RelationshipRow): Record<string, unknown> {
  const dict: Record<string, unknown> = {
    __extras: { subject_package_id: row.subject_package_id, object_package_id: row.object_package_id },
  }
  if (row.comment !== null) dict.comment = row.comment
  dict.id = row.id
  dict.type = row.type
  return dict
}

/** A relationship dict of a dataset dict, validated (package_create/package_update). */
export type RelationshipDraft = { id?: string; type?: string; comment?: string }

/**
 * Mirrors CKAN 2.10's relationship_list_save for one side of a dataset: each
 * dict is the row with its `id` (any dataset's), or a new row; it gets this
 * dataset on that side and the dict's type and comment. Only the columns the
 * dict names are set, so a new row's other side stays empty (CKAN's
 * table_dict_save reads no `subject`/`object` keys). The dataset's earlier
 * rows on that side that are not listed become deleted.
 */
export function saveRelationshipList(db: Sqlite, packageId: string, side: 'subject' | 'object', drafts: RelationshipDraft[]): void {
  const column = side === 'subject' ? 'subject_package_id' : 'object_package_id'
  const listed = new Set<string>()
  const touched: (string | null)[] = []
  for (const draft of drafts) {
    const existing = draft.id ? relationshipById(db, draft.id) : undefined
    if (existing) {
      touched.push(existing.subject_package_id, existing.object_package_id)
      sql(
        db,
        `UPDATE package_relationships SET ${column} = @pkg, type = coalesce(@type, type),
           comment = CASE WHEN @hasComment THEN @comment ELSE comment END WHERE id = @id`,
      ).run({ pkg: packageId, type: draft.type ?? null, hasComment: draft.comment === undefined ? 0 : 1, comment: draft.comment ?? null, id: existing.id })
      listed.add(existing.id)
    } else {
      const id = draft.id || newId()
      sql(db, `INSERT INTO package_relationships (id, ${column}, type, comment) VALUES (?, ?, ?, ?)`).run(
        id,
        packageId,
        draft.type ?? null,
        draft.comment ?? null,
      )
      listed.add(id)
    }
  }
  const unlisted = sql(db, `SELECT * FROM package_relationships WHERE ${column} = ? AND state != 'deleted' AND NOT id IN (SELECT value FROM json_each(?))`).all(
    packageId,
    JSON.stringify([...listed]),
  ) as RelationshipRow[]
  for (const row of unlisted) deleteRelationship(db, row)
  // The dataset itself is reindexed by its own write; the other sides of what changed are not.
  reindexEnds(db, touched.filter((id) => id !== packageId))
}
