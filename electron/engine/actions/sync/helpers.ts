/** What the sync actions share: their auth rule and remote lookup. */
import { callerName, type Context } from '../../context.ts'
import type { AuthRule } from '../../define-action.ts'
import { NotAuthorized, notFound } from '../../errors.ts'
import { isSysadmin } from '../../context.ts'
import { remoteByName, type RemoteRow } from '../../../sync/remotes.ts'

/**
 * Sync acts with the user's remote tokens and rewrites local datasets in
 * bulk, so only sysadmins (the desktop owner, the CLI's site user) may drive it.
 */
export const canManageSync: AuthRule = (ctx) => {
  if (!isSysadmin(ctx)) throw new NotAuthorized(`User ${callerName(ctx)} not authorized to manage sync`)
}

/** The remote named `name`, or CKAN's Not Found. */
export function remoteOr404(ctx: Context, name: unknown): RemoteRow {
  return (typeof name === 'string' && remoteByName(ctx.db, name)) || notFound('Remote not found')
}
