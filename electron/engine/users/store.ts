/**
 * The users table: lookups by id or name (id first, as CKAN's User.get) and
 * the few writes the user actions make.
 */
import type { UserRow } from '../context.ts'
import type { Sqlite } from '../db/open.ts'
import { sql } from '../db/statements.ts'

/** The user whose id or name is `ref`, in any state (CKAN's User.get); undefined when none. */
export function findUser(db: Sqlite, ref: unknown): UserRow | undefined {
  if (typeof ref !== 'string' || ref === '') return undefined
  return (
    (sql(db, 'SELECT * FROM users WHERE id = ?').get(ref) as UserRow | undefined) ??
    (sql(db, 'SELECT * FROM users WHERE name = ?').get(ref) as UserRow | undefined)
  )
}

/** The users (active or pending) holding `email`, compared case-insensitively as CKAN's ilike. */
export function usersWithEmail(db: Sqlite, email: string): UserRow[] {
  return sql(
    db,
    "SELECT * FROM users WHERE lower(email) = lower(?) AND state IN ('active', 'pending')",
  ).all(email) as UserRow[]
}

/** The columns a user write may set. */
export type UserFields = Partial<
  Pick<
    UserRow,
    | 'name'
    | 'email'
    | 'fullname'
    | 'about'
    | 'image_url'
    | 'password_hash'
    | 'sysadmin'
    | 'state'
    | 'activity_streams_email_notifications'
    | 'plugin_extras'
  >
>

const writable: (keyof UserFields)[] = [
  'name',
  'email',
  'fullname',
  'about',
  'image_url',
  'password_hash',
  'sysadmin',
  'state',
  'activity_streams_email_notifications',
  'plugin_extras',
]

/** Inserts a user row and returns it. */
export function insertUser(db: Sqlite, id: string, created: string, fields: UserFields): UserRow {
  sql(
    db,
    `INSERT INTO users (id, name, email, fullname, about, image_url, password_hash, sysadmin, state, created,
       activity_streams_email_notifications, plugin_extras)
     VALUES (@id, @name, @email, @fullname, @about, @image_url, @password_hash, @sysadmin, @state, @created,
       @activity_streams_email_notifications, @plugin_extras)`,
  ).run({
    id,
    created,
    name: fields.name,
    email: fields.email ?? null,
    fullname: fields.fullname ?? null,
    about: fields.about ?? null,
    image_url: fields.image_url ?? null,
    password_hash: fields.password_hash ?? null,
    sysadmin: fields.sysadmin ?? 0,
    state: fields.state ?? 'active',
    activity_streams_email_notifications: fields.activity_streams_email_notifications ?? 0,
    plugin_extras: fields.plugin_extras ?? null,
  })
  return findUser(db, id)!
}

/**
 * Sets the given columns of one user, leaving the others as they are: CKAN's
 * table_dict_save only touches keys present in the dict.
 */
export function updateUser(db: Sqlite, id: string, fields: UserFields): UserRow {
  const keys = writable.filter((key) => fields[key] !== undefined)
  if (keys.length) {
    // Column names come from the fixed `writable` list, never from the request.
    db.prepare(`UPDATE users SET ${keys.map((key) => `${key} = @${key}`).join(', ')} WHERE id = @id`).run({
      ...Object.fromEntries(keys.map((key) => [key, fields[key]])),
      id,
    })
  }
  return findUser(db, id)!
}
