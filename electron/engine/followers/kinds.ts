/**
 * The three kinds of things a user may follow, as CKAN keeps them: users,
 * datasets, and groups (organizations are followed as groups). Each kind
 * names its followers table, the table of what is followed, CKAN's
 * default_follow_*_schema and the name CKAN's messages show.
 */
import type { Sqlite } from '../db/open.ts'
import { findGroupRow } from '../groups/store.ts'
import { findPackageRow } from '../packages/store.ts'
import { displayName } from '../users/dictize.ts'
import { findUser } from '../users/store.ts'
import { Invalid, type Schema, type Validator } from '../validate/navl.ts'
import { notEmpty, notMissing, unicodeSafe } from '../validate/validators.ts'

export type FollowKind = {
  /** The kind's word in action names: follow_user, dataset_follower_count… */
  word: 'user' | 'dataset' | 'group'
  /** The followers table (migration 0012); a fixed name, never from a request. */
  table: 'user_following_user' | 'user_following_dataset' | 'user_following_group'
  /** The table the followed objects live in. */
  objects: 'users' | 'packages' | 'groups'
  /** CKAN's default_follow_{user,dataset,group}_schema: `id` becomes the object's id. */
  schema: Schema
  /** The name CKAN's "You are already following {0}" shows. */
  shownName(db: Sqlite, id: string): string
}

/**
 * Mirrors CKAN's convert_*_name_or_id_to_id: the row by id, else by name, in
 * any state; its id replaces the value, and none is "Not found: {what}".
 */
function nameOrIdToId(find: (db: Sqlite, ref: unknown) => { id: string } | undefined, what: string): Validator {
  return (value, field) => {
    const row = find(field.ctx.db, value)
    if (!row) throw new Invalid(`Not found: ${what}`)
    return row.id
  }
}

/**
 * The title, else the name, else the id: a group's display_name, and what
 * follow_dataset shows for datasets, which have no display_name.
 */
function titleOrName(find: (db: Sqlite, ref: unknown) => { id: string; name: string; title: string | null } | undefined) {
  return (db: Sqlite, id: string): string => {
    const row = find(db, id)!
    return row.title || row.name || row.id
  }
}

function followSchema(converter: Validator): Schema {
  return { id: [notMissing, notEmpty, unicodeSafe, converter] }
}

export const userKind: FollowKind = {
  word: 'user',
  table: 'user_following_user',
  objects: 'users',
  // default_follow_user_schema also names q (ignore_missing), which it leaves as sent.
  schema: followSchema(nameOrIdToId(findUser, 'User')),
  shownName: (db, id) => displayName(findUser(db, id)!),
}

export const datasetKind: FollowKind = {
  word: 'dataset',
  table: 'user_following_dataset',
  objects: 'packages',
  schema: followSchema(nameOrIdToId(findPackageRow, 'Dataset')),
  shownName: titleOrName(findPackageRow),
}

export const groupKind: FollowKind = {
  word: 'group',
  table: 'user_following_group',
  objects: 'groups',
  schema: followSchema(nameOrIdToId(findGroupRow, 'Group')),
  shownName: titleOrName(findGroupRow),
}
