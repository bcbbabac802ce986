import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { comparable, haveFixtures, localSite, remoteSite, seedPortalDatasets, type LocalSite, type RemoteSite } from './helpers/sites.ts'

let remote: RemoteSite
let local: LocalSite
let names: string[]
beforeEach(async () => {
  remote = await remoteSite({ createUnownedDataset: true })
  names = await seedPortalDatasets(remote)
  local = localSite()
  local.call('shelfmark_remote_add', local.sysadmin, { name: 'portal', url: remote.url, token: remote.token })
})
afterEach(() => {
  local.close()
  remote.close()
})

const show = (site: LocalSite | RemoteSite, id: string) => site.call('package_show', site.sysadmin, { id })

describe.skipIf(!haveFixtures)('pull', () => {
  it('pulls the whole site: every dataset stored exactly as the remote shows it, custom fields included', async () => {
    const job = await local.runJob('shelfmark_pull', { remote: 'portal' })
    expect(job.state).toBe('done')
    expect(job.result).toMatchObject({ mode: 'search', created: names.length, failed: 0, conflict: 0 })
    for (const name of names) expect(comparable(show(local, name))).toEqual(comparable(show(remote, name)))
  })

  it('brings organizations and groups along, with the remote ids', async () => {
    await local.runJob('shelfmark_pull', { remote: 'portal' })
    const remoteOrgs = remote.call('organization_list', remote.anonymous, { all_fields: true })
    for (const org of remoteOrgs) {
      expect(local.call('organization_show', local.sysadmin, { id: org.name })).toMatchObject({ id: org.id, title: org.title })
    }
    const remoteGroups = remote.call('group_list', remote.anonymous, {})
    expect(local.call('group_list', local.anonymous, {}).sort()).toEqual(remoteGroups.sort())
  })

  it('pulls incrementally: a second pull changes nothing, a remote edit comes through', async () => {
    await local.runJob('shelfmark_pull', { remote: 'portal' })
    const again = await local.runJob('shelfmark_pull', { remote: 'portal' })
    expect(again.result).toMatchObject({ incremental: true, created: 0, updated: 0 })
    expect(again.result.unchanged).toBeLessThan(names.length) // only the newest are seen again
    remote.call('package_patch', remote.sysadmin, { id: names[3], title: 'Edited on the portal', update_frequency: 'weekly' })
    const third = await local.runJob('shelfmark_pull', { remote: 'portal' })
    expect(third.result).toMatchObject({ updated: 1, created: 0 })
    expect(show(local, names[3])).toMatchObject({ title: 'Edited on the portal', update_frequency: 'weekly' })
  })

  it('pulls one organization only', async () => {
    const org = show(remote, names[0]).organization.name
    const expected = names.filter((n) => show(remote, n).organization?.name === org)
    const job = await local.runJob('shelfmark_pull', { remote: 'portal', organizations: [org] })
    expect(job.result.created).toBe(expected.length)
    expect(local.call('package_list', local.sysadmin).sort()).toEqual(expected.sort())
  })

  it('pulls the datasets matching a query', async () => {
    const job = await local.runJob('shelfmark_pull', { remote: 'portal', q: 'name:bolsa-familia*' })
    expect(job.result.created).toBeGreaterThanOrEqual(1)
    expect(local.call('package_list', local.sysadmin).every((n: string) => n.startsWith('bolsa-familia'))).toBe(true)
  })

  it('pages in a stable order across small pages without missing or repeating a dataset', async () => {
    const job = await local.runJob('shelfmark_pull', { remote: 'portal', rows: 4 })
    expect(job.result.created).toBe(names.length)
    expect(job.result.unchanged).toBe(0)
  })

  it('a query pull sees remote deletions among what it pulled before, and only there', async () => {
    await local.runJob('shelfmark_pull', { remote: 'portal' })
    const matching = local.call('package_search', local.sysadmin, { q: 'name:bolsa-familia*', fl: 'name' }).results.map((d: any) => d.name)
    const other = names.find((n) => !matching.includes(n))!
    remote.call('package_delete', remote.sysadmin, { id: matching[0] })
    remote.call('package_delete', remote.sysadmin, { id: other })
    const job = await local.runJob('shelfmark_pull', { remote: 'portal', q: 'name:bolsa-familia*' })
    expect(job.result.remote_deleted).toBe(1)
    expect(show(local, matching[0]).state).toBe('deleted')
    expect(show(local, other).state).toBe('active') // outside the query: the next site pull's business
    const site = await local.runJob('shelfmark_pull', { remote: 'portal' })
    expect(site.result.remote_deleted).toBe(1)
    expect(show(local, other).state).toBe('deleted')
  })

  it('a full pull of an organization sees remote deletions (from its own pages), edited ones become conflicts', async () => {
    const org = show(remote, names[0]).organization.name
    const inOrg = names.filter((n) => show(remote, n).organization?.name === org)
    expect(inOrg.length).toBeGreaterThan(1)
    await local.runJob('shelfmark_pull', { remote: 'portal', organizations: [org] })
    remote.call('package_delete', remote.sysadmin, { id: names[0] })
    remote.call('package_delete', remote.sysadmin, { id: inOrg[1] })
    local.call('package_patch', local.sysadmin, { id: inOrg[1], title: 'Edited here' })
    const job = await local.runJob('shelfmark_pull', { remote: 'portal', organizations: [org], full: true })
    expect(job.result.remote_deleted).toBe(1)
    expect(show(local, names[0]).state).toBe('deleted')
    expect(job.result.conflicts).toEqual([inOrg[1]])
    expect(local.call('shelfmark_conflicts', local.sysadmin, {})[0].kind).toBe('remote-deleted')
    expect(show(local, inOrg[1])).toMatchObject({ state: 'active', title: 'Edited here' })
  })

  it('pulls the drafts the remote user can see, as drafts', async () => {
    const org = show(remote, names[0]).owner_org
    remote.call('package_create', remote.sysadmin, { name: 'half-written', title: 'Not finished', owner_org: org, state: 'draft' })
    const job = await local.runJob('shelfmark_pull', { remote: 'portal' })
    expect(job.result.created).toBe(names.length + 1)
    expect(show(local, 'half-written')).toMatchObject({ state: 'draft', title: 'Not finished' })
    const again = await local.runJob('shelfmark_pull', { remote: 'portal' })
    expect(again.result).toMatchObject({ remote_deleted: 0, created: 0 }) // a draft is not mistaken for a deletion
    remote.call('package_patch', remote.sysadmin, { id: 'half-written', state: 'active' })
    await local.runJob('shelfmark_pull', { remote: 'portal' })
    expect(show(local, 'half-written').state).toBe('active')
  })

  it('deletes locally what the remote deleted, when unedited', async () => {
    await local.runJob('shelfmark_pull', { remote: 'portal' })
    remote.call('package_delete', remote.sysadmin, { id: names[2] })
    const job = await local.runJob('shelfmark_pull', { remote: 'portal' })
    expect(job.result.remote_deleted).toBe(1)
    expect(show(local, names[2]).state).toBe('deleted')
  })
})
