import { requireUser } from '../../auth/roles.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { notFound, ValidationError } from '../../errors.ts'
import { requireUpdatePackage } from '../../packages/package-auth.ts'
import { deletePackage } from '../../packages/package-state.ts'
import { findPackageRow } from '../../packages/store.ts'

/** package_delete: soft delete (state `deleted`); still readable by its organization and sysadmins. */
export const package_delete = defineAction('package_delete', {
  // CKAN looks the dataset up before its auth check (404 first); package_update's rule decides.
  auth: anyone,
  help: `Delete a dataset (package).

This makes the dataset disappear from all web & API views, apart from the
trash. Its group memberships are removed; metadata_modified is kept.

You must be authorized to delete the dataset.

:param id: the id or name of the dataset to delete
:type id: string`,
  run(ctx, params) {
    if (!('id' in params)) throw new ValidationError({ id: ['Missing value'] })
    const row = findPackageRow(ctx.db, params.id) ?? notFound()
    requireUser(ctx, 'package_delete')
    requireUpdatePackage(ctx, row)
    deletePackage(ctx, row)
    return null
  },
})
