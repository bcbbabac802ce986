/**
 * Organizations and groups renamed on the remote. CKAN keeps a group's id
 * across a rename (group_update / organization_update with a new name), so
 * a known remote id met under a new name is a rename: the group link takes
 * the new name, and the local copy follows when it still carries the old
 * one (a name given locally is the user's and stays). Memberships travel by
 * id (translate.ts), so this keeps names truthful rather than pushes right.
 */
import { ActionFailure } from '../../shared/envelope.ts'
import { ActionError } from '../engine/errors.ts'
import type { JobContext } from './jobs/runner.ts'
import { groupLinks, localGroupNames, otherHolderOfName, type GroupLinks } from './links.ts'
import type { Dict } from './normalize.ts'

/** A remote organization or group as a pulled dataset (or organization_show) shows it. */
export type GroupSummary = { summary: Dict; isOrganization: boolean }

/**
 * Follows every rename that `seen` (remote id → summary) shows. `unmapped`
 * are the summaries about to be stored locally: when one takes a name our
 * copy of another remote group still holds, that group is looked up first,
 * so the newcomer is not mapped onto it by name.
 */
export async function followRemoteRenames(ctx: JobContext, seen: Map<string, GroupSummary>, unmapped: GroupSummary[]): Promise<void> {
  const links = groupLinks(ctx.engine.db, ctx.remote.id)
  const renamed = new Map<string, GroupSummary>()
  for (const [id, group] of seen) if (isRenamed(links, id, group.summary)) renamed.set(id, group)
  for (const { summary } of unmapped) {
    if (typeof summary.name !== 'string' || typeof summary.id !== 'string') continue
    // Names are unique across organizations and groups alike: the holder may be of the other kind.
    const holder = otherHolderOfName(ctx.engine.db, ctx.remote.id, summary.name, summary.id)
    if (!holder || renamed.has(holder.id)) continue
    const current = await showRemoteGroup(ctx, holder.id, holder.isOrganization)
    if (current && isRenamed(links, holder.id, current)) renamed.set(holder.id, { summary: current, isOrganization: holder.isOrganization })
  }
  for (const [id, group] of renamed) follow(ctx, links, id, group)
}

function isRenamed(links: GroupLinks, remoteGroupId: string, summary: Dict): boolean {
  const known = links.remoteNameOf(remoteGroupId)
  return known !== undefined && typeof summary.name === 'string' && summary.name !== '' && summary.name !== known
}

/**
 * A remote organization's or group's own dict (no datasets, members or linked
 * groups), or null when the remote does not show it: 404, or 403 for a
 * deleted one. Other failures are thrown.
 */
export async function showRemoteGroup(ctx: JobContext, id: string, isOrganization: boolean): Promise<Dict | null> {
  const action = isOrganization ? 'organization_show' : 'group_show'
  const params = { id, include_datasets: false, include_users: false, include_groups: false, include_followers: false }
  return ctx.client.action<Dict>(action, params).catch((error) => {
    if (error instanceof ActionFailure && (error.status === 404 || error.status === 403)) return null
    throw error
  })
}

/** Records the new remote name; renames the local copy (and its title) when it still had the old name. */
function follow(ctx: JobContext, links: GroupLinks, remoteGroupId: string, { summary, isOrganization }: GroupSummary): void {
  const localId = links.localOf(remoteGroupId)
  if (!localId) return
  const name = String(summary.name)
  ctx.engine.call('shelfmark_sync_map_group', ctx.caller, {
    remote: ctx.remote.name,
    local_id: localId,
    remote_group: { id: remoteGroupId, name, is_organization: isOrganization },
  })
  const local = localGroupNames(ctx.engine.db, localId)
  if (!local || local.name !== links.remoteNameOf(remoteGroupId)) return
  const patch: Dict = { id: localId, name }
  if (typeof summary.title === 'string') patch.title = summary.title
  try {
    ctx.engine.call(isOrganization ? 'organization_patch' : 'group_patch', ctx.caller, patch)
  } catch (error) {
    // The new name is taken locally (or the caller may not edit the group): the link alone follows.
    if (!(error instanceof ActionError)) throw error
  }
}
