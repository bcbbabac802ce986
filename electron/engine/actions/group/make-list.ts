/**
 * organization_list and group_list share CKAN's _group_or_org_list: names by
 * default, or with all_fields each entry built as *_show builds it.
 */
import type { ActionDefinition } from '../../define-action.ts'
import { anyone } from '../../define-action.ts'
import { ValidationError } from '../../errors.ts'
import { queryGroups } from '../../groups/list-query.ts'
import { flag, readShowFlags, showGroup } from '../../groups/show.ts'
import { runSchema } from '../../validate/navl.ts'
import { ignoreMissing, intOr, naturalNumber } from '../../validate/validators.ts'
import { kindOf, listHelp } from './help-texts.ts'
import { requireShowGroup } from './make-show.ts'

/** The definition of organization_list (isOrg) or group_list. */
export function makeList(isOrg: boolean): Omit<ActionDefinition, 'name'> {
  return {
    readOnly: true,
    auth: anyone,
    help: listHelp(kindOf(isOrg)),
    run(ctx, params) {
      const paging = pagingOf(ctx, params)
      const allFields = flag(params, 'all_fields', false)
      // ckan.group_and_organization_list_all_fields_max and ckan.group_and_organization_list_max.
      const max = allFields ? ctx.config.groupListAllFieldsMax : ctx.config.groupListMax
      const rows = queryGroups(ctx, {
        isOrg,
        type: typeof params.type === 'string' && params.type ? params.type : isOrg ? 'organization' : 'group',
        names: namesOf(isOrg ? params.organizations : params.groups),
        q: typeof params.q === 'string' ? params.q.trim() : undefined,
        sort: sortOf(params),
        limit: paging.limit === undefined || paging.limit > max ? max : paging.limit,
        offset: paging.offset ?? 0,
      })
      if (!allFields) return rows.map((row) => row.name)
      // Mirrors CKAN: every entry is a *_show with extras, tags, users, groups and followers off unless asked.
      const showParams = {
        include_extras: false,
        include_tags: false,
        include_users: false,
        include_groups: false,
        include_followers: false,
        ...params,
      }
      // Each entry is a real *_show call: its flags (409), then its auth (asking for users while user
      // details are private takes membership), then the dict.
      if (rows.length) readShowFlags(ctx, showParams)
      return rows.map((row) => {
        requireShowGroup(ctx, row, showParams)
        return showGroup(ctx, row, showParams)
      })
    },
  }
}

/** limit and offset, validated only when truthy, as CKAN does. */
function pagingOf(ctx: Parameters<ActionDefinition['run']>[0], params: Record<string, unknown>): { limit?: number; offset?: number } {
  const given: Record<string, unknown> = {}
  if (params.limit) given.limit = params.limit
  if (params.offset) given.offset = params.offset
  const { data, errors } = runSchema({ limit: [ignoreMissing, naturalNumber], offset: [ignoreMissing, naturalNumber] }, given, ctx)
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { limit: typeof data.limit === 'number' ? data.limit : undefined, offset: intOr(data.offset, 0) }
}

/** `sort`, else the deprecated `order_by`, else CKAN's ckan.default_group_sort ("title asc"). */
function sortOf(params: Record<string, unknown>): string {
  const sort = params.sort || params.order_by
  return typeof sort === 'string' && sort.trim() ? sort : 'title asc'
}

/** A name list: a list as sent, or a string split on commas (CKAN's aslist). */
function namesOf(value: unknown): string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const list = Array.isArray(value) ? value : String(value).split(',')
  const names = list.map((name) => String(name).trim()).filter(Boolean)
  return names.length ? names : undefined
}
