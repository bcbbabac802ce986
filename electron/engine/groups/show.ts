/**
 * organization_show / group_show's parameters and their defaults, turned into
 * a group dict for the caller.
 */
import type { Context } from '../context.ts'
import { ValidationError } from '../errors.ts'
import { asbool } from '../validate/validators.ts'
import { groupKind } from '../followers/kinds.ts'
import { followerCount } from '../followers/store.ts'
import { groupDict, type GroupDictOptions } from './dictize.ts'
import type { GroupRow } from './store.ts'

/**
 * A flag as CKAN's asbool reads it; absent → the default. A string asbool
 * does not know is the default too, or, for the flags CKAN checks
 * (`strict`), its 409 "Parameter is not an bool".
 */
export function flag(params: Record<string, unknown>, key: string, fallback: boolean, strict = false): boolean {
  if (!(key in params) || params[key] === undefined) return fallback
  const value = asbool(params[key])
  if (value !== undefined) return value
  if (strict) throw new ValidationError({ message: 'Parameter is not an bool' })
  return fallback
}

/**
 * Reads the flags of *_show with CKAN 2.10's defaults: include_datasets false;
 * include_dataset_count, include_extras, include_groups, include_tags true;
 * include_users = ckan.auth.public_user_details; include_followers true.
 * _group_or_org_show reads them before it looks at the group, so an unreadable
 * one is its 409 even for a group that does not exist.
 */
export function readShowFlags(ctx: Context, params: Record<string, unknown>): GroupDictOptions & { includeFollowers: boolean } {
  return {
    includeDatasets: flag(params, 'include_datasets', false),
    includeDatasetCount: flag(params, 'include_dataset_count', true),
    // _group_or_org_show turns asbool's ValueError into a 409 for these four (and include_followers).
    includeExtras: flag(params, 'include_extras', true, true),
    includeUsers: flag(params, 'include_users', ctx.config.publicUserDetails, true),
    includeGroups: flag(params, 'include_groups', true, true),
    includeTags: flag(params, 'include_tags', true, true),
    includeFollowers: flag(params, 'include_followers', true, true),
  }
}

/** The show dict for the caller (num_followers counts followers; 0 when include_followers is off). */
export function showGroup(ctx: Context, row: GroupRow, params: Record<string, unknown>): Record<string, unknown> {
  const { includeFollowers, ...options } = readShowFlags(ctx, params)
  const dict = groupDict(ctx, row, options)
  // Mirrors _group_or_org_show: the count when include_followers holds, else 0.
  if (includeFollowers) dict.num_followers = followerCount(ctx.db, groupKind, row.id)
  return dict
}
