/**
 * The organizations a scoped pull names, as the remote names them now. An
 * organization renamed on the remote keeps its id, but CKAN's search filter
 * `organization:"old-name"` then matches nothing, so a pull of the old name
 * would report success with nothing in it. Each name is looked up first: one
 * the remote no longer knows is followed through its id when the catalog
 * has pulled that organization before, and refused otherwise.
 */
import { sql } from '../engine/db/statements.ts'
import { showRemoteGroup } from './group-renames.ts'
import type { JobContext } from './jobs/runner.ts'

export type ScopeOrganizations = { names: string[]; renamed: { from: string; to: string }[] }

/** The current remote names of `names` (names or ids); throws for one the remote does not have. */
export async function currentOrganizationNames(ctx: JobContext, names: string[]): Promise<ScopeOrganizations> {
  const out: ScopeOrganizations = { names: [], renamed: [] }
  for (const name of names) {
    let found = await showRemoteGroup(ctx, name, true)
    const knownId = found ? undefined : knownRemoteId(ctx, name)
    if (knownId) found = await showRemoteGroup(ctx, knownId, true)
    if (!found) throw new Error(`The remote has no organization "${name}" (check the name on the portal)`)
    const current = String(found.name)
    out.names.push(current)
    if (current !== name && String(found.id) !== name) out.renamed.push({ from: name, to: current })
  }
  return out
}

/** The remote id of an organization the catalog pulled under `name` (its remote name then, or its local name). */
function knownRemoteId(ctx: JobContext, name: string): string | undefined {
  return sql(
    ctx.engine.db,
    `SELECT l.remote_group_id FROM sync_group_links l LEFT JOIN groups g ON g.id = l.local_id
     WHERE l.remote_id = ? AND l.is_organization = 1 AND (l.remote_name = ? OR g.name = ?)`,
  )
    .pluck()
    .get(ctx.remote.id, name, name) as string | undefined
}
