/**
 * Activity rows for organizations and groups, shaped as CKAN 2.10's activity
 * plugin writes them: `{verb} organization|group`, data `{group: <row dict>}`.
 */
import { recordActivity } from '../activity/record.ts'
import type { Context } from '../context.ts'
import { groupTableDict } from './for-packages.ts'
import type { GroupRow } from './store.ts'

/** Records `new`, `changed` or `deleted` for the group as it now stands (a deleted state wins, as in CKAN). */
export function recordGroupActivity(ctx: Context, row: GroupRow, verb: 'new' | 'changed' | 'deleted'): void {
  const kind = row.is_organization ? 'organization' : 'group'
  const type = row.state === 'deleted' ? 'deleted' : verb
  recordActivity(ctx, {
    objectId: row.id,
    type: `${type} ${kind}`,
    data: { group: groupTableDict(row) },
  })
}
