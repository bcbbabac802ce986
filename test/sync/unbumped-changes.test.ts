/**
 * Remote changes a pull or a push cannot see by metadata_modified, and a
 * token the remote stopped accepting. CKAN adds a dataset to a group
 * (member_create) and moves it to another organization
 * (package_owner_org_update) without a new metadata_modified (the 2.10
 * recordings 059/093 and 048/074); the remote here, a Shelfmark, does the
 * same, which the first test checks. CKAN also runs a request with a
 * revoked token as anonymous, so private datasets answer 403 (039, 092).
 */
import { describe, expect, it } from 'vitest'
import { unknownAction } from './helpers/proxy.ts'
import { haveFixtures, type LocalSite, type RemoteSite } from './helpers/sites.ts'
import { sitePair } from './helpers/site-pair.ts'

const site = sitePair(3)

const show = (catalog: LocalSite | RemoteSite, id: string) => catalog.call('package_show', catalog.sysadmin, { id })
const groupNames = (dict: Record<string, any>) => (dict.groups as { name: string }[]).map((g) => g.name).sort()
const pull = (params: Record<string, unknown> = {}) => site.local.runJob('shelfmark_pull', { remote: 'portal', ...params })
const push = () => site.local.runJob('shelfmark_push', { remote: 'portal' })
const check = () => site.local.runJob('shelfmark_remote_check', { name: 'portal' })

/** Puts a remote dataset into a remote group as CKAN's member_create does: no new metadata_modified. */
function joinGroupRemotely(dataset: string, group: string): void {
  const before = show(site.remote, dataset).metadata_modified
  site.remote.call('member_create', site.remote.sysadmin, { id: group, object: dataset, object_type: 'package', capacity: 'public' })
  expect(show(site.remote, dataset).metadata_modified).toBe(before)
}

describe.skipIf(!haveFixtures)('changes without a new metadata_modified', () => {
  it('a full pull brings a group membership the remote added', async () => {
    site.remote.call('group_create', site.remote.sysadmin, { name: 'transport' })
    const name = site.names[0]
    await pull()
    joinGroupRemotely(name, 'transport')
    const job = await pull({ full: true })
    expect(job.result).toMatchObject({ updated: 1, failed: 0 })
    expect(groupNames(show(site.local, name))).toContain('transport')
  })

  it('a push that changes the groups does not take the dataset out of a group the remote added it to', async () => {
    const [name, other] = site.names
    site.remote.call('group_create', site.remote.sysadmin, { name: 'transport' })
    site.remote.call('group_create', site.remote.sysadmin, { name: 'environment' })
    site.remote.call('member_create', site.remote.sysadmin, { id: 'environment', object: other, object_type: 'package', capacity: 'public' })
    await pull() // brings the group environment along with `other`
    joinGroupRemotely(name, 'transport')
    const local = show(site.local, name)
    site.local.call('package_patch', site.local.sysadmin, { id: name, groups: [...local.groups, { name: 'environment' }] })
    // The plan names the group (views key groups by remote id, which says nothing to a reader).
    const [planned] = site.local.call('shelfmark_push_plan', site.local.sysadmin, { remote: 'portal' })
    expect(planned.changes).toEqual([{ path: 'groups[environment]', before: undefined, after: expect.objectContaining({ name: 'environment' }) }])

    const job = await push()
    expect(job.state).toBe('done')
    expect(groupNames(show(site.remote, name))).toContain('transport')
    // Both sides changed the group list: merged or held as a conflict, never overwritten.
    expect(job.result.updated + job.result.conflict).toBe(1)
  })

  it('without package_revise, a title push keeps an organization the remote moved the dataset to', async () => {
    const name = site.names[0]
    site.remote.call('organization_create', site.remote.sysadmin, { name: 'other-org' })
    await pull()
    site.proxy.rule = (seen) => (seen.action === 'package_revise' ? unknownAction('package_revise') : 'pass')
    const before = show(site.remote, name).metadata_modified
    site.remote.call('package_owner_org_update', site.remote.sysadmin, { id: name, organization_id: 'other-org' })
    expect(show(site.remote, name).metadata_modified).toBe(before)
    site.local.call('package_patch', site.local.sysadmin, { id: name, title: 'A typo fixed' })

    const job = await push()
    expect(job.result).toMatchObject({ updated: 1, failed: 0 })
    const remote = show(site.remote, name)
    expect(remote.title).toBe('A typo fixed')
    expect(remote.organization.name).toBe('other-org')
  })
})

describe.skipIf(!haveFixtures)('bulk visibility changes (CKAN\'s bulk_update_*: no new metadata_modified)', () => {
  it('a local bulk_update_private is pushed, and a remote one comes back with a full pull', async () => {
    await pull()
    const [name, other] = site.names
    const local = show(site.local, name)
    site.local.call('bulk_update_private', site.local.sysadmin, { org_id: local.owner_org, datasets: [local.id] })
    expect(show(site.local, name)).toMatchObject({ private: true, metadata_modified: local.metadata_modified })
    const status = site.local.call('shelfmark_status', site.local.sysadmin, {}).changes
    expect(status).toEqual([expect.objectContaining({ name, change: 'modified' })])
    const job = await push()
    expect(job.result).toMatchObject({ updated: 1, failed: 0, conflict: 0 })
    expect(show(site.remote, name).private).toBe(true)

    const remoteOther = show(site.remote, other)
    site.remote.call('bulk_update_private', site.remote.sysadmin, { org_id: remoteOther.owner_org, datasets: [remoteOther.id] })
    expect(show(site.remote, other).metadata_modified).toBe(remoteOther.metadata_modified)
    await pull({ full: true })
    expect(show(site.local, other).private).toBe(true)
  })
})

describe.skipIf(!haveFixtures)('a token the remote no longer accepts', () => {
  it('keeps private datasets it cannot see, fails the check, and works again with a new token', async () => {
    const org = show(site.remote, site.names[0]).organization.name
    site.remote.call('package_create', site.remote.sysadmin, { name: 'hidden-one', owner_org: org, private: true })
    const first = await pull()
    expect(first.result).toMatchObject({ failed: 0 })
    expect(show(site.local, 'hidden-one').state).toBe('active')

    const tokens = site.remote.call('api_token_list', site.remote.sysadmin, { user_id: 'admin' }) as { id: string }[]
    for (const token of tokens) site.remote.call('api_token_revoke', site.remote.sysadmin, { jti: token.id })

    // The remote answers as to anonymous: the private dataset is gone from its search and
    // package_show says 403. That is no deletion: the local copy stays and the pull says why.
    const blind = await pull()
    expect(blind.result).toMatchObject({ remote_deleted: 0, failed: 0, not_visible: ['hidden-one'] })
    expect(show(site.local, 'hidden-one').state).toBe('active')

    const checked = await check()
    expect(checked.state).toBe('failed')
    expect(checked.error).toContain('runs requests with this token as anonymous')

    const { token } = site.remote.call('api_token_create', site.remote.sysadmin, { user: 'admin', name: 'renewed' })
    site.local.call('shelfmark_remote_token', site.local.sysadmin, { name: 'portal', token })
    expect((await check()).state).toBe('done')
    const again = await pull()
    expect(again.result).toMatchObject({ failed: 0, remote_deleted: 0 })
    expect(show(site.local, 'hidden-one').state).toBe('active')
    expect(site.local.call('shelfmark_remote_show', site.local.sysadmin, { name: 'portal' }).remote_user).toBe('admin')
  })
})
