import { requireReadPackage } from '../../auth/roles.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { notFound, ValidationError } from '../../errors.ts'
import type { Context } from '../../context.ts'
import { findShownRow, showPackage, showPackageJson, type ShownRow } from '../../packages/store.ts'
import { noViews, wantsTracking } from '../../packages/tracking.ts'

/** package_show: one dataset by id or name, with its resources. */
export const package_show = defineAction('package_show', {
  readOnly: true,
  // CKAN looks the dataset up first: a missing one is a bare 404 for everyone, an unreadable one a 403.
  auth: anyone,
  help: `Fetch one dataset, with its resources, tags, groups and organization.

Active public datasets are open to anyone; private, draft or deleted
ones only to callers allowed to read them (such as members of the
dataset's organization, or sysadmins).

:param id: id or name of the dataset (name_or_id is accepted instead)
:type id: string
:param use_default_schema: accepted for compatibility; has no effect
:type use_default_schema: bool
:param include_tracking: add tracking_summary page-view counts to the
    dataset and its resources; always zero here, as nothing is tracked
    (optional, default: false)
:type include_tracking: bool

:rtype: dictionary`,
  run: (ctx, params) => withTracking(showPackage(ctx, readableRow(ctx, params)), params),
  runAsJson: (ctx, params) =>
    wantsTracking(params) ? JSON.stringify(withTracking(showPackage(ctx, readableRow(ctx, params)), params)) : showPackageJson(ctx, readableRow(ctx, params)),
})

/** The dict with CKAN 2.10's include_tracking counts when asked for. */
function withTracking<T extends { resources: Record<string, unknown>[] }>(dict: T, params: Record<string, unknown>): T {
  if (!wantsTracking(params)) return dict
  for (const resource of dict.resources) resource.tracking_summary = noViews()
  ;(dict as Record<string, unknown>).tracking_summary = noViews()
  return dict
}

/** The dataset asked for, once the caller may read it. */
function readableRow(ctx: Context, params: Record<string, unknown>): ShownRow {
  const ref = params.id || ('name_or_id' in params ? params.name_or_id : undefined)
  if (ref === undefined) throw new ValidationError({ name_or_id: ['Missing value'] })
  const row = findShownRow(ctx.db, ref) ?? notFound()
  requireReadPackage(ctx, row)
  return row
}
