/**
 * The CLI acts as CKAN's "site user": a sysadmin named after the site id
 * ("default"), created on first use, as ckanapi's local mode and CKAN's own
 * CLI do. Its name is what activity rows show for CLI changes.
 */
import { randomUUID } from 'node:crypto'
import type { Caller, Engine } from '../engine/engine.ts'
import { sql } from '../engine/db/statements.ts'
import { ckanNow } from '../engine/time.ts'

/** CKAN's default ckan.site_id, which names the site user. */
export const siteUserName = 'default'

/**
 * A caller acting as the site user, creating it (a sysadmin without a
 * password) when missing. A different user already holding the name is never
 * promoted: that would hand sysadmin rights to whoever registered it.
 */
export function siteCaller(engine: Engine): Caller {
  const row = sql(engine.db, 'SELECT sysadmin, state FROM users WHERE name = ?').get(siteUserName) as
    | { sysadmin: number; state: string }
    | undefined
  if (!row) {
    sql(engine.db, "INSERT INTO users (id, name, sysadmin, state, created) VALUES (?, ?, 1, 'active', ?)").run(
      randomUUID(),
      siteUserName,
      ckanNow(),
    )
  } else if (row.sysadmin !== 1 || row.state !== 'active') {
    throw new Error(`the user "${siteUserName}" exists but is not an active sysadmin, so the CLI cannot act as the site user`)
  }
  return engine.asUser(siteUserName)
}
