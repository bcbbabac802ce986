/** shelfmark_status: local datasets created, edited or deleted since their last sync, from the activity stream. */
import { defineAction } from '../../define-action.ts'
import { sql } from '../../db/statements.ts'
import { ignoreMissing, unicodeSafe } from '../../validate/validators.ts'
import { listRemotes } from '../../../sync/remotes.ts'
import { canManageSync, remoteOr404 } from './helpers.ts'

type Row = {
  remote: string
  package_id: string
  name: string | null
  state: string | null
  remote_name: string
  local_seq: number
  seq_now: number | null
  remote_state: string
  conflict: string | null
  errors: string | null
}

/** shelfmark_status: local datasets created, edited or deleted since their last sync, from the activity stream. */
export const shelfmark_status = defineAction('shelfmark_status', {
  readOnly: true,
  auth: canManageSync,
  schema: { remote: [ignoreMissing, unicodeSafe] },
  help: `List local changes not yet pushed: datasets created locally (linked
    to no remote), edited or deleted since their last sync (known from the
    activity stream), and datasets in conflict.

    :param remote: only this remote's links (optional)
    :returns: {remotes: [names], changes: [{id, name, change: new | modified
      | deleted | conflict | restore, remote, errors}]}
    `,
  run(ctx, data) {
    const remotes = data.remote ? [remoteOr404(ctx, data.remote)] : listRemotes(ctx.db)
    const changes: Record<string, unknown>[] = []
    for (const remote of remotes) {
      const rows = sql(
        ctx.db,
        `SELECT r.name AS remote, l.package_id, p.name, p.state, l.remote_name, l.local_seq, l.remote_state, l.conflict, l.errors,
           (SELECT max(seq) FROM activities a WHERE a.object_id = l.package_id) AS seq_now
         FROM sync_links l JOIN sync_remotes r ON r.id = l.remote_id LEFT JOIN packages p ON p.id = l.package_id
         WHERE l.remote_id = ? ORDER BY coalesce(p.name, l.remote_name)`,
      ).all(remote.id) as Row[]
      for (const row of rows) {
        const change = changeOf(row)
        if (!change) continue
        changes.push({
          id: row.package_id,
          name: row.name ?? row.remote_name,
          change,
          remote: row.remote,
          errors: row.errors ? JSON.parse(row.errors) : null,
        })
      }
    }
    const fresh = sql(
      ctx.db,
      `SELECT id, name FROM packages p WHERE p.state = 'active'
         AND NOT EXISTS (SELECT 1 FROM sync_links l WHERE l.remote_id IN (SELECT id FROM sync_remotes) AND l.package_id = p.id) ORDER BY name`,
    ).all() as { id: string; name: string }[]
    for (const row of fresh) changes.push({ id: row.id, name: row.name, change: 'new', remote: null, errors: null })
    return { remotes: remotes.map((r) => r.name), changes }
  },
})

function changeOf(row: Row): string | null {
  if (row.conflict) return 'conflict'
  const dirty = (row.seq_now ?? 0) > row.local_seq
  const gone = row.state === null || row.state === 'deleted'
  if (gone) return row.remote_state === 'active' && (dirty || row.state === null) ? 'deleted' : null
  if (row.remote_state !== 'active') return dirty ? 'restore' : null
  return dirty ? 'modified' : null
}
