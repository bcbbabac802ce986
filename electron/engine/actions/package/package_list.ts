import { anyone, defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { ignoreMissing, naturalNumber } from '../../validate/validators.ts'

/** package_list: the names of active public datasets, sorted by name. */
export const package_list = defineAction('package_list', {
  readOnly: true,
  auth: anyone,
  schema: { limit: [ignoreMissing, naturalNumber], offset: [ignoreMissing, naturalNumber] },
  help: `Return a list of the names of the site's datasets (packages).

:param limit: if given, the list of datasets will be broken into pages of
    at most \`\`limit\`\` datasets per page and only one page will be returned
    at a time (optional)
:type limit: int
:param offset: when \`\`limit\`\` is given, the offset to start
    returning packages from
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
