import { requireReadPackage } from '../../auth/roles.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { notFound, ValidationError } from '../../errors.ts'
import type { Context } from '../../context.ts'
import { findShownRow, showPackage, showPackageJson, type ShownRow } from '../../packages/store.ts'

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

:rtype: dictionary`,
  run: (ctx, params) => showPackage(ctx, readableRow(ctx, params)),
  runAsJson: (ctx, params) => showPackageJson(ctx, readableRow(ctx, params)),
})

/** The dataset asked for, once the caller may read it. */
function readableRow(ctx: Context, params: Record<string, unknown>): ShownRow {
  const ref = params.id || ('name_or_id' in params ? params.name_or_id : undefined)
  if (ref === undefined) throw new ValidationError({ name_or_id: ['Missing value'] })
  const row = findShownRow(ctx.db, ref) ?? notFound()
  requireReadPackage(ctx, row)
  return row
}
