/**
 * The local owner: the sysadmin the desktop's IPC door (and the CLI) acts
 * as, like CKAN's site user. Created on first use without a password, named
 * after CKAN's default site id; its id is kept in settings so a later rename
 * does not lose it.
 */
import type { UserRow } from '../context.ts'
import { sql } from '../db/statements.ts'
import type { UserCaller, Engine } from '../engine.ts'
import { ckanNow, newId } from '../time.ts'
import { recordUserActivity } from './activity.ts'
import { systemContext } from './system-context.ts'
import { findUser, insertUser } from './store.ts'

/** CKAN's default ckan.site_id, which names the site user. */
export const siteUserName = 'default'

/**
 * A caller acting as the local owner, creating the user when missing.
 *
 * A different user already holding the name is never promoted: that would
 * hand sysadmin rights to whoever registered it; this throws instead.
 */
export function ensureSiteUser(engine: Engine): UserCaller {
  const user = engine.db.transaction(() => ownerRow(engine)).immediate()
  return { user }
}

function ownerRow(engine: Engine): UserRow {
  const db = engine.db
  const saved = sql(db, "SELECT value FROM settings WHERE key = 'site_user_id'").get() as { value: string } | undefined
  const known = saved ? findUser(db, saved.value) : undefined
  if (known) {
    if (known.sysadmin !== 1 || known.state !== 'active') {
      // Only a sysadmin could have demoted or deleted the owner; the desktop must keep working.
      sql(db, "UPDATE users SET sysadmin = 1, state = 'active' WHERE id = ?").run(known.id)
    }
    return findUser(db, known.id)!
  }
  const holder = findUser(db, siteUserName)
  if (holder && (holder.sysadmin !== 1 || holder.state !== 'active')) {
    throw new Error(`the user "${siteUserName}" exists but is not an active sysadmin, so it cannot act as the site user`)
  }
  const owner = holder ?? createOwner(engine)
  sql(db, "INSERT OR REPLACE INTO settings (key, value) VALUES ('site_user_id', ?)").run(owner.id)
  return owner
}

function createOwner(engine: Engine): UserRow {
  const owner = insertUser(engine.db, newId(), ckanNow(), { name: siteUserName, sysadmin: 1 })
  recordUserActivity(systemContext(engine), owner, 'new user')
  return owner
}
