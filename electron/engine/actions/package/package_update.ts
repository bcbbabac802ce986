import { anyone, defineAction } from '../../define-action.ts'
import { notFound, ValidationError } from '../../errors.ts'
import { requireUpdatePackage } from '../../packages/package-auth.ts'
import { findPackageRow } from '../../packages/store.ts'
import { targetOf, updatePackage } from '../../packages/write-package.ts'

/** package_update: replaces a dataset with the dict sent (lists left out are emptied). */
export const package_update = defineAction('package_update', {
  // CKAN finds the dataset before its auth check (409 without id, 404 when unknown): done in run.
  auth: anyone,
  help: `Update a dataset (package).

You must be authorized to edit the dataset and the groups that it belongs
to. Update methods may delete parameters not explicitly provided in the
data_dict: package_update replaces the whole dataset, so resources, tags,
extras and groups left out are removed. Use package_patch to change only
some fields.

:param id: the id or name of the dataset to update
:type id: string

The other parameters are those of package_create.

:returns: the updated dataset
:rtype: dictionary`,
  run(ctx, params) {
    const ref = params.id || params.name
    if (!ref) throw new ValidationError({ id: 'Missing value' })
    const row = findPackageRow(ctx.db, ref) ?? notFound('Package was not found.')
    const input = Object.assign({}, params, { id: row.id, type: row.type })
    requireUpdatePackage(ctx, row, input)
    return updatePackage(ctx, targetOf(row), input)
  },
})
