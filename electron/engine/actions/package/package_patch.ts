import { anyone, defineAction } from '../../define-action.ts'
import { notFound, ValidationError } from '../../errors.ts'
import { requireUpdatePackage } from '../../packages/package-auth.ts'
import { findPackageRow, showPackage } from '../../packages/store.ts'
import { targetOf, updatePackage } from '../../packages/write-package.ts'

/** package_patch: changes only the fields sent; the rest of the dataset is kept. */
export const package_patch = defineAction('package_patch', {
  // Mirrors CKAN: package_update's rule on the dataset named by id, checked in run after the lookup.
  auth: anyone,
  help: `Patch a dataset (package).

:param id: the id or name of the dataset
:type id: string

The difference between the update and patch methods is that the patch will
perform an update of the provided parameters, while leaving all other
parameters unchanged, whereas the update methods deletes all parameters not
explicitly provided in the data_dict. A list given (resources, tags, extras,
groups) replaces the whole list.

:returns: the updated dataset
:rtype: dictionary`,
  run(ctx, params) {
    if (!params.id) throw new ValidationError({ id: ['Missing value'] })
    const row = findPackageRow(ctx.db, params.id) ?? notFound()
    requireUpdatePackage(ctx, row, params)
    const patched = { ...showPackage(ctx, row), ...params, id: row.id, type: row.type }
    requireUpdatePackage(ctx, row, patched)
    return updatePackage(ctx, targetOf(row), patched)
  },
})
