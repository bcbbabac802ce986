import { anyone, defineAction } from '../../define-action.ts'
import { requireUser } from '../../auth/roles.ts'
import { echoingRequest } from '../../packages/check-structure.ts'
import { missingId } from '../../packages/missing-id.ts'
import { isSysadmin } from '../../context.ts'
import { notFound, ValidationError } from '../../errors.ts'
import { requireUpdatePackage } from '../../packages/package-auth.ts'
import { findPackageRow, showPackage } from '../../packages/store.ts'
import { targetOf, updatePackage } from '../../packages/write-package.ts'
import { pythonTruthy } from '../../validate/validators.ts'

/** package_patch: changes only the fields sent; the rest of the dataset is kept. */
export const package_patch = defineAction('package_patch', {
  // Mirrors CKAN: package_update's rule on the dataset named by id, checked in run after the lookup.
  auth: anyone,
  help: `Change some fields of a dataset and keep all the others.

The keys sent are laid over the dataset's current values, then the
result is saved as by package_update; a key not sent is never cleared
(package_update, by contrast, clears it). Lists are not merged: sending
resources, tags, extras or groups replaces that whole list. The caller
needs the right to edit the dataset.

:param id: id or name of the dataset
:type id: string

Other parameters are dataset fields, as for package_create.

:returns: the saved dataset, shaped like package_show's result
:rtype: dictionary`,
  run(ctx, params) {
    // Mirrors CKAN: package_patch's own auth (unlike package_update's) admits no anonymous caller, and it is checked first.
    requireUser(ctx, 'package_patch')
    if (!pythonTruthy(params.id)) {
      // A sysadmin skips the auth function, and an id sent empty or null reaches package_show, which asks for name_or_id.
      if (isSysadmin(ctx) && 'id' in params) throw new ValidationError({ name_or_id: ['Missing value'] })
      throw missingId(ctx, 'Package')
    }
    const row = findPackageRow(ctx.db, params.id) ?? notFound()
    requireUpdatePackage(ctx, row, params)
    const patched = { ...showPackage(ctx, row), ...params, id: row.id, type: row.type }
    requireUpdatePackage(ctx, row, patched)
    return echoingRequest(params, () => updatePackage(ctx, targetOf(row), patched))
  },
})
