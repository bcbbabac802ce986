import { requireSysadmin, requireUser } from '../../auth/roles.ts'
import { defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { pythonTruthy } from '../../validate/validators.ts'

/** resource_view_clear: removes every view, or every view of some types (sysadmins only). */
export const resource_view_clear = defineAction('resource_view_clear', {
  auth(ctx) {
    requireUser(ctx, 'resource_view_clear')
    requireSysadmin(ctx)
  },
  help: `Remove the views of every resource in the catalog, or only those of the
given types. Only sysadmins may do this. Records no activity.

:param view_types: view types to remove, such as ["image_view"]
    (optional; without it, all views go)
:type view_types: list of strings

:returns: null`,
  run(ctx, params) {
    const types = params.view_types
    if (!pythonTruthy(types)) {
      sql(ctx.db, 'DELETE FROM resource_views').run()
      return null
    }
    // A lone type (say from a form field) counts as a list of one; CKAN answers 500 to it.
    const list = Array.isArray(types) ? types : [types]
    sql(ctx.db, 'DELETE FROM resource_views WHERE view_type IN (SELECT value FROM json_each(?))').run(JSON.stringify(list))
    return null
  },
})
