/**
 * The parameters every *_activity_list action takes (CKAN's
 * default_activity_list_schema and dashboard schema).
 */
import { isSysadmin } from '../../context.ts'
import { ValidationError } from '../../errors.ts'
import { Invalid, MISSING, type Schema, type Validator } from '../../validate/navl.ts'
import { listOfStrings } from '../../validate/search.ts'
import {
  booleanWithDefault,
  configuredDefault,
  ignoreMissing,
  limitToConfiguredMaximum,
  naturalNumber,
  notMissing,
  unicodeSafe,
  withDefault,
} from '../../validate/validators.ts'
import { parseCkanTime } from '../../time.ts'

/**
 * A moment for before/after: unix seconds (CKAN 2.10's pagination links) or
 * an ISO timestamp, turned into CKAN's stored form so rows compare as text.
 */
const moment: Validator = (value) => {
  if (value === MISSING || value === null || value === '') return MISSING
  // A timestamp in CKAN's own form keeps its microseconds: a round trip through ms would lose them.
  const exact = typeof value === 'string' ? /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?Z?$/.exec(value.trim()) : null
  if (exact && Number.isFinite(parseCkanTime(exact[1]))) return `${exact[1]}.${(exact[2] ?? '').padEnd(6, '0')}`
  const seconds = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN
  const ms = Number.isFinite(seconds) ? seconds * 1000 : typeof value === 'string' ? parseCkanTime(value) : NaN
  // Beyond ±8.64e15 ms a JavaScript Date is invalid (and toISOString throws).
  if (!(Math.abs(ms) <= 8.64e15)) throw new Invalid('Date format incorrect')
  if (Number.isFinite(seconds)) return fromUnixSeconds(seconds)
  return `${new Date(ms).toISOString().slice(0, 23)}000`
}

/**
 * Unix seconds as CKAN's stored form to the microsecond, rounded as Python's
 * datetime.fromtimestamp rounds: activities written within one millisecond
 * differ only in their microseconds, and a client pages by them.
 */
function fromUnixSeconds(seconds: number): string {
  let whole = Math.floor(seconds)
  let micro = Math.round((seconds - whole) * 1e6)
  if (micro === 1e6) {
    whole += 1
    micro = 0
  }
  return `${new Date(whole * 1000).toISOString().slice(0, 19)}.${String(micro).padStart(6, '0')}`
}

/**
 * Only sysadmins may ask for hidden activity. CKAN hides its site user's; in
 * Shelfmark the site user is the desktop's own curator (and the CLI), whose
 * work is the catalog's history, so nothing is hidden and the flag is unused
 * (README: where Shelfmark differs).
 */
const sysadminFlag: Validator = (value, field) =>
  isSysadmin(field.ctx) ? booleanWithDefault(false)(value, field) : MISSING

/** ckan.activity_list_limit: a page's length when none is given. */
const pageDefault = configuredDefault((config) => config.activityListLimit)

// A blank (all-space) value passes naturalNumber as blank, so the default is given again (CKAN fails with a 500).
const pagination: Schema = {
  offset: [withDefault(0), naturalNumber, withDefault(0)],
  limit: [pageDefault, naturalNumber, pageDefault, limitToConfiguredMaximum((config) => config.activityListLimitMax)],
}

/** The schema of recently_changed_packages_activity_list and dashboard_activity_list. */
export const dashboardListSchema: Schema = { ...pagination, before: [moment], after: [moment] }

/** The schema of package/organization/group/user_activity_list. */
export const activityListSchema: Schema = {
  id: [notMissing, unicodeSafe],
  ...dashboardListSchema,
  include_hidden_activity: [sysadminFlag],
  activity_types: [ignoreMissing, listOfStrings],
  exclude_activity_types: [ignoreMissing, listOfStrings],
}

/**
 * Mirrors CKAN: activity_types and exclude_activity_types together are
 * refused. A null one is not given: CKAN's ignore_missing drops the key.
 */
export function refuseBothTypeFilters(params: Record<string, unknown>): void {
  if (params.activity_types != null && params.exclude_activity_types != null) {
    throw new ValidationError({ activity_types: ['Cannot be used together with `exclude_activity_types'] })
  }
}

/** The help text of the paging parameters every activity list takes (help_show). */
export const pagingParamsHelp = `    :param limit: page size; \`\`0\`\` means no limit (optional, default
        \`\`31\`\`, at most \`\`100\`\`: the settings ckan.activity_list_limit
        and ckan.activity_list_limit_max)
    :type limit: int
    :param offset: how many activities to skip (optional, default \`\`0\`\`)
    :type offset: int
    :param before: only activities older than this moment, given as unix
        seconds or an ISO timestamp (optional)
    :type before: int or string
    :param after: only activities newer than this moment; without
        \`\`before\`\`, the page holds the earliest ones after it, still listed
        newest first (optional)
    :type after: int or string
`

/** The help text of the type filter of the dataset, organization and group lists. */
export const activityTypesParamHelp = `    :param activity_types: keep only these types, e.g.
        \`\`["changed package"]\`\` (optional)
    :type activity_types: list of strings
`

/** The help text of the dataset list's other type filters. */
export const typeFilterParamsHelp = `${activityTypesParamHelp}    :param exclude_activity_types: leave out these types; not allowed
        together with \`\`activity_types\`\` (optional)
    :type exclude_activity_types: list of strings
    :param include_hidden_activity: accepted from sysadmins, but Shelfmark
        hides no activity, so it changes nothing (optional)
    :type include_hidden_activity: bool
`
