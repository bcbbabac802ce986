/** CKAN's get_site_user: the site's own sysadmin account. */
import { isSysadmin } from '../../context.ts'
import { defineAction } from '../../define-action.ts'
import { NotAuthorized } from '../../errors.ts'
// The engine module imports the registry, which imports this file; engineOf is only called inside run().
import { engineOf } from '../../engine.ts'
import { ensureSiteUser } from '../../users/site-user.ts'

export const get_site_user = defineAction('get_site_user', {
  // A read in CKAN (GET works) even though it may create the account, as CKAN's does.
  readOnly: true,
  auth(ctx) {
    // Mirrors CKAN's auth, which refuses everyone (anonymous callers included) but sysadmins.
    if (!isSysadmin(ctx)) throw new NotAuthorized('Only internal services allowed to use this action')
  },
  help: `Name the site user: the sysadmin account the site acts as itself.

    In Shelfmark that is the local owner the desktop app and the CLI act
    as (named "default", after CKAN's default site id); it is created if
    it does not exist yet. Only sysadmins may ask.

    :returns: name, and apikey (always null: API keys no longer sign anyone
        in since CKAN 2.10; use an API token)
    :rtype: dictionary
    `,
  run(ctx) {
    const engine = engineOf(ctx.db)
    if (!engine) throw new Error('get_site_user needs the engine that owns this database')
    // Inside this transaction ensureSiteUser's own transaction becomes a savepoint.
    const user = ensureSiteUser(engine).user!
    return { name: user.name, apikey: null }
  },
})
