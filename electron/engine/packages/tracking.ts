/**
 * CKAN 2.10's include_tracking (package_show, and resource_show, which
 * passes it on to package_show): page-view counts on the dataset and each
 * resource. Shelfmark serves no pages to count, so they are always zero.
 */
import { asbool } from '../validate/validators.ts'

/** True when the call asks for tracking counts (CKAN reads the flag with asbool). */
export function wantsTracking(params: Record<string, unknown>): boolean {
  return 'include_tracking' in params && asbool(params.include_tracking) === true
}

/** The counts CKAN shows for something no one has viewed. */
export function noViews(): { total: number; recent: number } {
  return { total: 0, recent: 0 }
}
