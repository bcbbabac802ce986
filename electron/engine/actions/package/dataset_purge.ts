import { requireSysadmin, requireUser } from '../../auth/roles.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { notFound, ValidationError } from '../../errors.ts'
import { findPackageRow } from '../../packages/store.ts'
import { releaseFilesOfPackage } from '../../files/release-files.ts'
import { unindexPackage } from '../../search/index-package.ts'

/** dataset_purge: removes a dataset completely (sysadmins only). */
export const dataset_purge = defineAction('dataset_purge', {
  // CKAN answers an unknown dataset with 404 before its (sysadmin-only) auth check.
  auth: anyone,
  help: `Erase a dataset for good; only sysadmins may do this.

Unlike package_delete, which just flags a dataset as deleted, a purge
removes its record, its resources and their views, its group memberships, its
relationships with other datasets (either side, deleted ones too), its
search entry and any files uploaded to its resources. It cannot be reversed.
Activity records that mention the dataset are kept.

:param id: id or name of the dataset
:type id: string

:returns: null`,
  run(ctx, params) {
    if (!('id' in params)) throw new ValidationError({ id: ['Missing value'] })
    const row = findPackageRow(ctx.db, params.id) ?? notFound('Dataset was not found')
    requireUser(ctx, 'dataset_purge')
    requireSysadmin(ctx)
    sql(ctx.db, "DELETE FROM members WHERE table_name = 'package' AND table_id = ?").run(row.id)
    // Its resources and relationship rows go with it (ON DELETE CASCADE), the views with their resources (migration 0014); activity rows stay, as in CKAN.
    releaseFilesOfPackage(ctx, row.id) // its resources' stored files go once this commits
    sql(ctx.db, 'DELETE FROM packages WHERE id = ?').run(row.id)
    unindexPackage(ctx.db, row.id)
    return null
  },
})
