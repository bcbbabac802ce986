import { isSysadmin } from '../../context.ts'
import { anyone, defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { showPackage, type PackageRow } from '../../packages/store.ts'
import { ignoreMissing, naturalNumber, positiveInteger } from '../../validate/validators.ts'

/** current_package_list_with_resources: whole dataset dicts, most recently modified first. */
export const current_package_list_with_resources = defineAction('current_package_list_with_resources', {
  readOnly: true,
  auth: anyone,
  schema: {
    limit: [ignoreMissing, naturalNumber],
    offset: [ignoreMissing, naturalNumber],
    page: [ignoreMissing, positiveInteger],
  },
  help: `List the site's active datasets with their resources, most recently modified first.

Each item is a whole dataset, shaped like package_show's result. Private
datasets are included only when a sysadmin asks.

:param limit: page size, capped at 1000 or the setting
    ckan.search.rows_max (optional, default: 10)
:type limit: int
:param offset: how many datasets to skip (optional, default: 0)
:type offset: int
:param page: 1-based page number, counted in pages of limit; used only
    when limit is given and offset is not (optional; prefer offset)
:type page: int

:rtype: list of dictionaries`,
  run(ctx, data) {
    // CKAN runs a search: 10 rows by default, at most ckan.search.rows_max; private datasets only for sysadmins.
    // The page's offset counts in the limit as given, before package_search cuts the rows.
    const limit = typeof data.limit === 'number' ? Math.min(data.limit, ctx.config.searchRowsMax) : 10
    let offset = typeof data.offset === 'number' ? data.offset : 0
    // CKAN's ignore_missing drops a null offset, so page then applies as if offset were not sent.
    if ((data.offset === undefined || data.offset === null) && typeof data.page === 'number') offset = data.limit ? (data.page - 1) * Number(data.limit) : 0
    const rows = sql(
      ctx.db,
      `SELECT * FROM packages WHERE state = 'active' AND (private = 0 OR ? = 1)
       ORDER BY metadata_modified DESC LIMIT ? OFFSET ?`,
    ).all(isSysadmin(ctx) ? 1 : 0, limit, offset) as PackageRow[]
    return rows.map((row) => showPackage(ctx, row))
  },
})
