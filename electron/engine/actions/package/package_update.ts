import { anyone, defineAction } from '../../define-action.ts'
import { notFound, ValidationError } from '../../errors.ts'
import { requireUpdatePackage } from '../../packages/package-auth.ts'
import { findPackageRow } from '../../packages/store.ts'
import { targetOf, updatePackage } from '../../packages/write-package.ts'
import { pythonTruthy } from '../../validate/validators.ts'

/** package_update: replaces a dataset with the dict sent (lists left out are emptied). */
export const package_update = defineAction('package_update', {
  // CKAN finds the dataset before its auth check (409 without id, 404 when unknown): done in run.
  auth: anyone,
  help: `Overwrite a dataset with the dictionary sent.

The dataset becomes what was sent: optional fields, resources, tags,
extras and groups that are left out end up empty, while name, owner_org,
private and state keep their values when absent. Resources sent without
a mimetype get one guessed from their url. To change only a few fields,
use package_patch. The caller needs the right to edit the dataset and
any group it adds.

:param id: id or name of the dataset (name is used when id is absent)
:type id: string

The remaining parameters are those of package_create.

:returns: the saved dataset, shaped like package_show's result
:rtype: dictionary`,
  run(ctx, params) {
    // Python's `id or name`, then `is None`: an empty id falls through to name, and only no name at all is missing.
    const ref = pythonTruthy(params.id) ? params.id : params.name
    if (ref === undefined || ref === null) throw new ValidationError({ id: 'Missing value' })
    const row = findPackageRow(ctx.db, ref) ?? notFound('Package was not found.')
    const input = Object.assign({}, params, { id: row.id, type: row.type })
    requireUpdatePackage(ctx, row, input)
    return updatePackage(ctx, targetOf(row), input)
  },
})
