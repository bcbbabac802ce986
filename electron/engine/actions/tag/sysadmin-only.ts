/** The auth rule of CKAN's tag and vocabulary writes: sysadmins only. */
import type { Context } from '../../context.ts'
import { requireSysadmin, requireUser } from '../../auth/roles.ts'

/**
 * Anonymous callers hear that the action needs a user; anyone else who is
 * not a sysadmin gets CKAN's bare "Access denied".
 */
export function requireSysadminFor(ctx: Context, action: string): void {
  requireUser(ctx, action)
  requireSysadmin(ctx)
}
