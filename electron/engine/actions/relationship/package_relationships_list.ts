/** CKAN's package_relationships_list: a dataset's relationships, seen from it. */
import { canReadPackage } from '../../auth/roles.ts'
import { callerName } from '../../context.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { NotAuthorized, notFound } from '../../errors.ts'
import { isFalsy } from '../../packages/field-values.ts'
import { findPackageRow, type PackageRow } from '../../packages/store.ts'
import { activeRelationships, relationshipDict } from '../../relationships/store.ts'
import { getOrBust } from '../../validate/get-or-bust.ts'
import { pythonValueRepr } from './relationship-steps.ts'

export const package_relationships_list = defineAction('package_relationships_list', {
  readOnly: true,
  // CKAN finds the datasets before its auth check: done in run.
  auth: anyone,
  help: `List a dataset's relationships, each worded from that dataset's side.

A relationship stored as "B child_of A" is listed for A as "A parent_of B".
Deleted relationships are left out. The caller must be allowed to read
the dataset (and the second one, when given).

:param id: id or name of the dataset
:type id: string
:param id2: id or name of a second dataset: only relationships between
    the two are listed (optional)
:type id2: string
:param rel: only relationships of this type, as seen from the dataset;
    none found is then a 404 (optional)
:type rel: string

:returns: subject, type, object (dataset names) and comment of each
:rtype: list of dictionaries`,
  run(ctx, params) {
    getOrBust(params, 'id')
    const first = findPackageRow(ctx.db, params.id) ?? notFound('First package named in request was not found.')
    let second: PackageRow | null = null
    if (!isFalsy(params.id2)) second = findPackageRow(ctx.db, params.id2) ?? notFound('Second package named in address was not found.')
    const rel = params.rel === 'relationships' ? null : params.rel
    // CKAN's rule checks package_show on both (its context cache makes it read the first twice; see relationship-steps.ts).
    if (!canReadPackage(ctx, first) || (second && !canReadPackage(ctx, second))) {
      throw new NotAuthorized(`User ${callerName(ctx)} not authorized to read these packages`)
    }
    const rows = activeRelationships(ctx.db, first.id, second?.id ?? null, rel)
    if (!isFalsy(rel) && rows.length === 0) {
      notFound(`Relationship "${pythonStr(params.id)} ${pythonStr(rel)} ${pythonStr(params.id2)}" not found.`)
    }
    return rows.map((row) => relationshipDict(ctx.db, row, first.id))
  },
})

/** Python's str() of a JSON value, as CKAN's "%s" prints it. */
function pythonStr(value: unknown): string {
  return typeof value === 'string' ? value : pythonValueRepr(value)
}
