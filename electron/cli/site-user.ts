/**
 * The CLI acts as CKAN's "site user": the local owner sysadmin (named after
 * the default site id, "default"), created on first use by the engine's
 * users/site-user.ts. Its name is what activity rows show for CLI changes.
 */
import type { UserCaller, Engine } from '../engine/engine.ts'
import { ensureSiteUser } from '../engine/users/site-user.ts'

/** A caller acting as the site user, creating it when missing. */
export function siteCaller(engine: Engine): UserCaller {
  return ensureSiteUser(engine)
}
