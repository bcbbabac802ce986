/**
 * Organizations and groups a pulled page needs: the ones not yet mapped to a
 * local row are fetched from the remote (organization_show / group_show)
 * and stored locally before the datasets that point at them.
 */
import type { JobContext } from './jobs/runner.ts'
import { mapConcurrent } from './limiter.ts'
import { groupLinks } from './links.ts'
import { isDict, type Dict } from './normalize.ts'

/** Makes sure every organization and group the datasets mention exists locally and is mapped. */
export async function ensureGroups(ctx: JobContext, datasets: Dict[]): Promise<void> {
  const links = groupLinks(ctx.engine.db, ctx.remote.id)
  const wanted = new Map<string, { summary: Dict; isOrganization: boolean }>()
  for (const dataset of datasets) {
    const org = dataset.organization
    if (isDict(org) && typeof org.id === 'string' && !links.localOf(org.id)) wanted.set(org.id, { summary: org, isOrganization: true })
    else if (typeof dataset.owner_org === 'string' && dataset.owner_org && !links.localOf(dataset.owner_org)) {
      wanted.set(dataset.owner_org, { summary: { id: dataset.owner_org }, isOrganization: true })
    }
    for (const group of Array.isArray(dataset.groups) ? dataset.groups : []) {
      if (isDict(group) && typeof group.id === 'string' && !links.localOf(group.id)) wanted.set(group.id, { summary: group, isOrganization: false })
    }
  }
  if (wanted.size === 0) return
  const dicts = await mapConcurrent([...wanted.values()], 3, async ({ summary, isOrganization }) => {
    const action = isOrganization ? 'organization_show' : 'group_show'
    const full = await ctx.client
      .action<Dict>(action, { id: summary.id, include_datasets: false, include_users: false, include_groups: false, include_followers: false })
      .catch(() => null) // a summary is enough to create it locally
    return { ...(full ?? summary), is_organization: isOrganization } as Dict
  })
  ctx.engine.call('shelfmark_sync_store_groups', ctx.caller, { remote: ctx.remote.name, groups: dicts.filter((d) => d.name) })
}
