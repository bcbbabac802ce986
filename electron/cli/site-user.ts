/**
 * The CLI acts as CKAN's "site user": the local owner sysadmin (named after
 * the default site id, "default"), created on first use by the engine's
 * users/site-user.ts. Its name is what activity rows show for CLI changes.
 */
import type { Caller, Engine } from '../engine/engine.ts'
import { ensureSiteUser } from '../engine/users/site-user.ts'

/** A caller acting as the site user, creating it when missing. */
export function siteCaller(engine: Engine): Caller {
  return ensureSiteUser(engine)
}
