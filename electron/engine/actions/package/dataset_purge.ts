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
  help: `Purge a dataset.

.. warning:: Purging a dataset cannot be undone!

Purging a database completely removes the dataset from the CKAN database,
whereas deleting a dataset simply marks the dataset as deleted (it will no
longer show up in the front-end, but is still in the db).

You must be authorized to purge the dataset.

:param id: the name or id of the dataset to be purged
:type id: string`,
  run(ctx, params) {
    if (!('id' in params)) throw new ValidationError({ id: ['Missing value'] })
    const row = findPackageRow(ctx.db, params.id) ?? notFound('Dataset was not found')
    requireUser(ctx, 'dataset_purge')
    requireSysadmin(ctx)
    sql(ctx.db, "DELETE FROM members WHERE table_name = 'package' AND table_id = ?").run(row.id)
    // Its resources rows go with it (ON DELETE CASCADE); activity rows stay, as in CKAN.
    releaseFilesOfPackage(ctx, row.id) // its resources' stored files go once this commits
    sql(ctx.db, 'DELETE FROM packages WHERE id = ?').run(row.id)
    unindexPackage(ctx.db, row.id)
    return null
  },
})
