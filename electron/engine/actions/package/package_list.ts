import { anyone, defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { ignoreMissing, naturalNumber } from '../../validate/validators.ts'

/** package_list: the names of active public datasets, sorted by name. */
export const package_list = defineAction('package_list', {
  readOnly: true,
  auth: anyone,
  schema: { limit: [ignoreMissing, naturalNumber], offset: [ignoreMissing, naturalNumber] },
  help: `List the names of all public, active datasets in alphabetical order.

:param limit: return at most this many names (optional; absent or 0
    means no limit)
:type limit: int
:param offset: how many names to skip (optional, default: 0)
:type offset: int

:rtype: list of strings`,
  run(ctx, data) {
    // As CKAN: a limit or offset of 0 means none.
    const limit = typeof data.limit === 'number' && data.limit > 0 ? data.limit : -1
    const offset = typeof data.offset === 'number' ? data.offset : 0
    const rows = sql(
      ctx.db,
      "SELECT name FROM packages WHERE state = 'active' AND private = 0 ORDER BY name LIMIT ? OFFSET ?",
    ).all(limit, offset) as { name: string }[]
    return rows.map((row) => row.name)
  },
})
