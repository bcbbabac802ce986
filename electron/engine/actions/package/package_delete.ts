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
  help: `Mark a dataset as deleted without erasing it.

Its state becomes "deleted", so it leaves listings and default searches,
and its group memberships are marked deleted as well; its organization
and sysadmins can still read it, and metadata_modified keeps its value.
dataset_purge erases a dataset for good. The caller needs the right to
edit the dataset.

:param id: id or name of the dataset
:type id: string

:returns: null`,
  run(ctx, params) {
    if (!('id' in params)) throw new ValidationError({ id: ['Missing value'] })
    const row = findPackageRow(ctx.db, params.id) ?? notFound()
    requireUser(ctx, 'package_delete')
    requireUpdatePackage(ctx, row)
    deletePackage(ctx, row)
    return null
  },
})
