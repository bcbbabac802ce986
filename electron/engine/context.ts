/**
 * What an action sees while it runs: the database, the caller, the site's
 * settings, and a way to call other actions inside the same transaction.
 */
import type { EngineConfig } from './config.ts'
import type { Sqlite } from './db/open.ts'

/** A row of the users table, as the engine uses it for auth. */
export type UserRow = {
  id: string
  name: string
  email: string | null
  fullname: string | null
  about: string | null
  image_url: string | null
  password_hash: string | null
  sysadmin: number
  state: string
  created: string
  last_active: string | null
  activity_streams_email_notifications: number
  plugin_extras: string | null
}

export type Context = {
  readonly db: Sqlite
  /** The caller; null when anonymous. A deleted user's token acts as anonymous (CKAN 2.10). */
  readonly user: UserRow | null
  readonly config: EngineConfig
  /** Where engine-owned files live (the data directory); null for an in-memory engine. */
  readonly dataDir: string | null
  /** Calls another action as the same caller, inside this transaction. */
  call(name: string, params: Record<string, unknown>): unknown
  /** Calls another action skipping its auth rule: say why where you use it. */
  callIgnoringAuth(name: string, params: Record<string, unknown>): unknown
  /** Work to run after the transaction commits (moving uploaded files into place, events). */
  afterCommit(task: () => void): void
  /** Work to run if the transaction rolls back (removing an upload's temporary file); contexts outside a transaction have none. */
  afterRollback?(task: () => void): void
}

/** True when the caller is a logged-in sysadmin. */
export function isSysadmin(ctx: Context): boolean {
  return ctx.user?.sysadmin === 1
}

/** The caller's name as CKAN prints it in messages: "" for anonymous. */
export function callerName(ctx: Context): string {
  return ctx.user?.name ?? ''
}
