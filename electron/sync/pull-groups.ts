/**
 * Organizations and groups a pulled page needs: the ones not yet mapped to a
 * local row are fetched from the remote (organization_show / group_show)
 * and stored locally before the datasets that point at them; mapped ones
 * the page shows under a new name were renamed remotely (group-renames.ts).
 */
import { followRemoteRenames, showRemoteGroup, type GroupSummary } from './group-renames.ts'
import type { JobContext } from './jobs/runner.ts'
import { mapConcurrent } from './limiter.ts'
import { groupLinks } from './links.ts'
import { isDict, type Dict } from './normalize.ts'

/** Makes sure every organization and group the datasets mention exists locally, is mapped and carries its remote name. */
export async function ensureGroups(ctx: JobContext, datasets: Dict[]): Promise<void> {
  const links = groupLinks(ctx.engine.db, ctx.remote.id)
  const seen = summariesOf(datasets)
  const wanted = [...seen.values()].filter(({ summary }) => !links.localOf(String(summary.id)))
  // Renames first: a newcomer may have taken the old name our copy still holds.
  await followRemoteRenames(ctx, seen, wanted)
  if (wanted.length === 0) return
  const dicts = await mapConcurrent(wanted, 3, async ({ summary, isOrganization }) => {
    const full = await showRemoteGroup(ctx, String(summary.id), isOrganization).catch(() => null) // a summary is enough to create it locally
    return { ...(full ?? summary), is_organization: isOrganization } as Dict
  })
  ctx.engine.call('shelfmark_sync_store_groups', ctx.caller, { remote: ctx.remote.name, groups: dicts.filter((d) => d.name) })
}

/** Every organization and group the datasets mention, by remote id (a bare owner_org as an id-only summary). */
function summariesOf(datasets: Dict[]): Map<string, GroupSummary> {
  const seen = new Map<string, GroupSummary>()
  for (const dataset of datasets) {
    const org = dataset.organization
    if (isDict(org) && typeof org.id === 'string') seen.set(org.id, { summary: org, isOrganization: true })
    else if (typeof dataset.owner_org === 'string' && dataset.owner_org && !seen.has(dataset.owner_org)) {
      seen.set(dataset.owner_org, { summary: { id: dataset.owner_org }, isOrganization: true })
    }
    for (const group of Array.isArray(dataset.groups) ? dataset.groups : []) {
      if (isDict(group) && typeof group.id === 'string') seen.set(group.id, { summary: group, isOrganization: false })
    }
  }
  return seen
}
