/**
 * organization_show / group_show's parameters and their defaults, turned into
 * a group dict for the caller.
 */
import type { Context } from '../context.ts'
import { booleanValidator } from '../validate/validators.ts'
import { groupDict } from './dictize.ts'
import type { GroupRow } from './store.ts'

/** A show parameter as CKAN's asbool reads it; absent or empty → the default. */
export function flag(params: Record<string, unknown>, key: string, fallback: boolean): boolean {
  const value = params[key]
  if (value === undefined || value === null || value === '') return fallback
  try {
    return booleanValidator(value, { key, data: params, errors: [], ctx: undefined as never }) as boolean
  } catch {
    return fallback
  }
}

/**
 * The show dict with CKAN 2.10's defaults: include_datasets false;
 * include_dataset_count, include_extras, include_groups, include_tags true;
 * include_users = ckan.auth.public_user_details.
 */
export function showGroup(ctx: Context, row: GroupRow, params: Record<string, unknown>): Record<string, unknown> {
  return groupDict(ctx, row, {
    includeDatasets: flag(params, 'include_datasets', false),
    includeDatasetCount: flag(params, 'include_dataset_count', true),
    includeExtras: flag(params, 'include_extras', true),
    includeUsers: flag(params, 'include_users', ctx.config.publicUserDetails),
    includeGroups: flag(params, 'include_groups', true),
    includeTags: flag(params, 'include_tags', true),
  })
}
