/**
 * A group (or organization) renamed on the remote keeps its id. Memberships
 * must travel by that id: by name, CKAN's package_membership_list_save drops
 * the dataset from the renamed group, or puts it into whichever group took
 * the old name.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { localSite, remoteSite, type LocalSite, type RemoteSite } from './helpers/sites.ts'

let remote: RemoteSite
let local: LocalSite
let group: { id: string }
let org: { id: string }
beforeEach(async () => {
  remote = await remoteSite()
  org = remote.call('organization_create', remote.sysadmin, { name: 'dept-of-water', title: 'Department of Water' })
  group = remote.call('group_create', remote.sysadmin, { name: 'rivers', title: 'Rivers' })
  remote.call('package_create', remote.sysadmin, { name: 'river-levels', title: 'River levels', owner_org: org.id, groups: [{ id: group.id }] })
  local = localSite()
  local.call('shelfmark_remote_add', local.sysadmin, { name: 'portal', url: remote.url, token: remote.token })
  await pull()
})
afterEach(() => {
  local.close()
  remote.close()
})

const show = (site: LocalSite | RemoteSite, id: string) => site.call('package_show', site.sysadmin, { id })
const groupIds = (site: LocalSite | RemoteSite, id: string) => show(site, id).groups.map((g: any) => g.id)
const pull = () => local.runJob('shelfmark_pull', { remote: 'portal' })
const push = () => local.runJob('shelfmark_push', { remote: 'portal' })

/** The remote renames the group and the organization (ids kept), then edits the dataset so that a pull brings its new dict. */
function renameOnRemote(): void {
  remote.call('group_patch', remote.sysadmin, { id: group.id, name: 'waterways', title: 'Waterways' })
  remote.call('organization_patch', remote.sysadmin, { id: org.id, name: 'water-agency', title: 'Water Agency' })
  remote.call('package_patch', remote.sysadmin, { id: 'river-levels', notes: 'edited on the portal' })
}

describe('a group renamed on the remote', () => {
  it('keeps the dataset in the renamed group when a local edit is pushed', async () => {
    renameOnRemote()
    await pull()
    // The local copies follow the rename (same ids, as pulled).
    expect(local.call('group_show', local.sysadmin, { id: group.id })).toMatchObject({ name: 'waterways', title: 'Waterways' })
    expect(show(local, 'river-levels').organization).toMatchObject({ id: org.id, name: 'water-agency' })
    local.call('package_patch', local.sysadmin, { id: 'river-levels', title: 'River levels (daily)' })
    const job = await push()
    expect(job.result).toMatchObject({ updated: 1, failed: 0, conflict: 0 })
    expect(show(remote, 'river-levels')).toMatchObject({ title: 'River levels (daily)', owner_org: org.id })
    expect(groupIds(remote, 'river-levels')).toEqual([group.id])
  })

  it('does not let another group that took the old name capture the dataset', async () => {
    remote.call('group_patch', remote.sysadmin, { id: group.id, name: 'waterways' })
    const impostor = remote.call('group_create', remote.sysadmin, { name: 'rivers', title: 'Another group' })
    // Only a dataset of the newcomer changes remotely: the pull meets the old name under a new id.
    remote.call('package_create', remote.sysadmin, { name: 'creeks', owner_org: org.id, groups: [{ id: impostor.id }] })
    await pull()
    expect(groupIds(local, 'creeks')).toEqual([impostor.id])
    expect(groupIds(local, 'river-levels')).toEqual([group.id])
    expect(local.call('group_show', local.sysadmin, { id: group.id }).name).toBe('waterways')
    local.call('package_patch', local.sysadmin, { id: 'river-levels', title: 'River levels (daily)' })
    await push()
    expect(groupIds(remote, 'river-levels')).toEqual([group.id])
    expect(remote.call('group_show', remote.sysadmin, { id: impostor.id, include_datasets: true }).packages.map((p: any) => p.name)).toEqual(['creeks'])
  })

  it('publishes a new dataset into the renamed group, not the one that took its old name', async () => {
    renameOnRemote()
    const impostor = remote.call('group_create', remote.sysadmin, { name: 'rivers', title: 'Another group' })
    await pull()
    local.call('package_create', local.sysadmin, { name: 'river-flow', owner_org: org.id, groups: [{ id: group.id }] })
    const job = await push()
    expect(job.result).toMatchObject({ created: 1, failed: 0 })
    expect(groupIds(remote, 'river-flow')).toEqual([group.id])
    expect(groupIds(remote, 'river-flow')).not.toContain(impostor.id)
  })

  it('shows no group change in the push plan for a rename alone', async () => {
    renameOnRemote()
    await pull()
    local.call('package_patch', local.sysadmin, { id: 'river-levels', title: 'River levels (daily)' })
    const { plan } = local.call('shelfmark_push', local.sysadmin, { remote: 'portal', dry_run: true })
    expect(plan).toHaveLength(1)
    expect(plan[0].changes.map((c: any) => c.path)).toEqual(['title'])
  })

  it('keeps a group adopted locally under its own id through a merged push', async () => {
    const fresh = localSite()
    try {
      // A local group of the same name existed before the first pull: the remote one is mapped onto it, ids differ.
      const mine = fresh.call('group_create', fresh.sysadmin, { name: 'rivers', title: 'Rivers' })
      fresh.call('shelfmark_remote_add', fresh.sysadmin, { name: 'portal', url: remote.url, token: remote.token })
      await fresh.runJob('shelfmark_pull', { remote: 'portal' })
      expect(groupIds(fresh, 'river-levels')).toEqual([mine.id])
      remote.call('group_patch', remote.sysadmin, { id: group.id, name: 'waterways' })
      remote.call('package_patch', remote.sysadmin, { id: 'river-levels', notes: 'edited on the portal' })
      fresh.call('package_patch', fresh.sysadmin, { id: 'river-levels', title: 'River levels (daily)' })
      // The push merges the remote edit in, and the local copy takes the merged result.
      const job = await fresh.runJob('shelfmark_push', { remote: 'portal' })
      expect(job.result).toMatchObject({ updated: 1, failed: 0 })
      expect(groupIds(remote, 'river-levels')).toEqual([group.id])
      expect(show(fresh, 'river-levels')).toMatchObject({ notes: 'edited on the portal' })
      expect(groupIds(fresh, 'river-levels')).toEqual([mine.id])
    } finally {
      fresh.close()
    }
  })
})

describe('an organization renamed on the remote, pulled by its old name', () => {
  it('is followed by id: the pull brings its changes and says it was renamed', async () => {
    renameOnRemote()
    remote.call('package_create', remote.sysadmin, { name: 'lake-levels', owner_org: org.id })
    const job = await local.runJob('shelfmark_pull', { remote: 'portal', organizations: ['dept-of-water'] })
    expect(job.state).toBe('done')
    expect(job.result).toMatchObject({ created: 1, updated: 1, renamed_organizations: [{ from: 'dept-of-water', to: 'water-agency' }] })
    expect(show(local, 'river-levels').notes).toBe('edited on the portal')
  })

  it('an organization the remote does not have fails the pull, rather than finding nothing', async () => {
    const job = await local.runJob('shelfmark_pull', { remote: 'portal', organizations: ['no-such-org'] })
    expect(job.state).toBe('failed')
    expect(job.error).toContain('The remote has no organization "no-such-org"')
  })
})
