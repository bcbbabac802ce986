/** shelfmark_conflicts: datasets changed on both sides in overlapping ways, with each open field. */
import { defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { ignoreMissing, unicodeSafe } from '../../validate/validators.ts'
import type { ConflictRecord } from '../../../sync/links.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

/** shelfmark_conflicts: datasets changed on both sides in overlapping ways, with each open field. */
export const shelfmark_conflicts = defineAction('shelfmark_conflicts', {
  readOnly: true,
  auth: canManageSync,
  schema: { remote: [ignoreMissing, unicodeSafe] },
  help: `List the datasets in conflict with a remote. Each entry has the
    dataset's id and name, the remote, the kind ("fields": both sides edited
    the same fields; "remote-deleted": deleted remotely, edited locally;
    "local-deleted": the reverse) and, for fields, each open path with its
    base, local and remote values. Settle them with shelfmark_resolve.

    :param remote: only this remote (optional)
    :rtype: list of dictionaries
    `,
  run(ctx, data) {
    const remoteId = data.remote ? remoteOr404(ctx, data.remote).id : null
    const rows = sql(
      ctx.db,
      `SELECT l.package_id, l.remote_name, l.conflict, r.name AS remote, p.name
       FROM sync_links l JOIN sync_remotes r ON r.id = l.remote_id LEFT JOIN packages p ON p.id = l.package_id
       WHERE l.conflict IS NOT NULL AND (? IS NULL OR l.remote_id = ?) ORDER BY coalesce(p.name, l.remote_name)`,
    ).all(remoteId, remoteId) as { package_id: string; remote_name: string; conflict: string; remote: string; name: string | null }[]
    return rows.map((row) => {
      const record = JSON.parse(row.conflict) as ConflictRecord
      return {
        id: row.package_id,
        name: row.name ?? row.remote_name,
        remote: row.remote,
        kind: record.kind,
        detected: record.detected,
        remote_modified: record.remote_modified,
        conflicts: record.conflicts,
      }
    })
  },
})
