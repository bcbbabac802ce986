import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { haveFixtures, localSite, remoteSite, seedPortalDatasets, type LocalSite, type RemoteSite } from './helpers/sites.ts'

let remote: RemoteSite
let local: LocalSite
let name: string
beforeEach(async () => {
  remote = await remoteSite({ createUnownedDataset: true })
  name = (await seedPortalDatasets(remote, 3))[1]
  local = localSite()
  local.call('shelfmark_remote_add', local.sysadmin, { name: 'portal', url: remote.url, token: remote.token })
  await local.runJob('shelfmark_pull', { remote: 'portal' })
})
afterEach(() => {
  local.close()
  remote.close()
})

const show = (site: LocalSite | RemoteSite, id = name) => site.call('package_show', site.sysadmin, { id })
const editLocal = (fields: Record<string, unknown>) => local.call('package_patch', local.sysadmin, { id: name, ...fields })
const editRemote = (fields: Record<string, unknown>) => remote.call('package_patch', remote.sysadmin, { id: name, ...fields })
const pull = () => local.runJob('shelfmark_pull', { remote: 'portal' })
const push = () => local.runJob('shelfmark_push', { remote: 'portal' })
const conflicts = () => local.call('shelfmark_conflicts', local.sysadmin, {})
const resolve = (params: Record<string, unknown>) => local.call('shelfmark_resolve', local.sysadmin, { id: name, ...params })

describe.skipIf(!haveFixtures)('conflicts', () => {
  it('same field changed on both sides: reported on pull, nothing overwritten, push blocked', async () => {
    editLocal({ title: 'Local title' })
    editRemote({ title: 'Remote title' })
    const job = await pull()
    expect(job.result).toMatchObject({ conflict: 1, conflicts: [name] })
    expect(show(local).title).toBe('Local title')
    expect(conflicts()).toEqual([
      expect.objectContaining({ name, remote: 'portal', kind: 'fields', conflicts: [expect.objectContaining({ path: 'title', local: 'Local title', remote: 'Remote title' })] }),
    ])
    const pushed = await push()
    expect(pushed.result).toMatchObject({ skipped: 1, updated: 0 })
    expect(show(remote).title).toBe('Remote title')
  })

  it('take remote: the local copy becomes the remote one', async () => {
    editLocal({ title: 'Local title' })
    editRemote({ title: 'Remote title' })
    await pull()
    expect(resolve({ take: 'remote' })).toMatchObject({ name })
    expect(show(local).title).toBe('Remote title')
    expect(conflicts()).toEqual([])
    expect(local.call('shelfmark_status', local.sysadmin, {}).changes).toEqual([])
  })

  it('take local: the next push publishes the local value', async () => {
    editLocal({ title: 'Local title' })
    editRemote({ title: 'Remote title', notes: 'remote notes' })
    await pull()
    resolve({ take: 'local' })
    expect(show(local)).toMatchObject({ title: 'Local title', notes: 'remote notes' })
    const job = await push()
    expect(job.result).toMatchObject({ updated: 1 })
    expect(show(remote)).toMatchObject({ title: 'Local title', notes: 'remote notes' })
  })

  it('an edited value of the user\'s own settles a field', async () => {
    editLocal({ title: 'Local title' })
    editRemote({ title: 'Remote title' })
    await pull()
    resolve({ values: { title: 'Both, reconciled' } })
    await push()
    expect(show(remote).title).toBe('Both, reconciled')
    expect(show(local).title).toBe('Both, reconciled')
  })

  it('different fields changed on both sides merge on pull', async () => {
    editLocal({ title: 'Local title' })
    editRemote({ notes: 'Remote notes' })
    const job = await pull()
    expect(job.result).toMatchObject({ merged: 1, conflict: 0 })
    expect(show(local)).toMatchObject({ title: 'Local title', notes: 'Remote notes' })
    const pushed = await push()
    expect(pushed.result).toMatchObject({ updated: 1 })
    expect(show(remote)).toMatchObject({ title: 'Local title', notes: 'Remote notes' })
  })

  it('a remote edit made since the last pull is merged at push time (package_revise match fails first)', async () => {
    editLocal({ title: 'Local title' })
    editRemote({ notes: 'Remote notes' })
    const job = await push()
    expect(job.result).toMatchObject({ updated: 1, conflict: 0 })
    expect(show(remote)).toMatchObject({ title: 'Local title', notes: 'Remote notes' })
    expect(show(local)).toMatchObject({ title: 'Local title', notes: 'Remote notes' })
  })

  it('the same field edited remotely since the last pull stops the push for that dataset', async () => {
    editLocal({ title: 'Local title' })
    editRemote({ title: 'Remote title' })
    const job = await push()
    expect(job.result).toMatchObject({ conflict: 1, updated: 0 })
    expect(show(remote).title).toBe('Remote title')
    expect(show(local).title).toBe('Local title')
    expect(conflicts()[0].conflicts.map((c: any) => c.path)).toEqual(['title'])
  })

  it('remote delete vs local edit: a conflict; take local publishes it again', async () => {
    editLocal({ title: 'Kept locally' })
    remote.call('package_delete', remote.sysadmin, { id: name })
    const job = await pull()
    expect(job.result.conflicts).toEqual([name])
    expect(conflicts()[0].kind).toBe('remote-deleted')
    expect(show(local).state).toBe('active')
    resolve({ take: 'local' })
    const pushed = await push()
    expect(pushed.result.failed).toBe(0)
    expect(show(remote)).toMatchObject({ state: 'active', title: 'Kept locally' })
  })

  it('local delete vs remote edit: a conflict at push time; take remote restores the local copy', async () => {
    local.call('package_delete', local.sysadmin, { id: name })
    editRemote({ notes: 'Edited remotely meanwhile' })
    const job = await push()
    expect(job.result).toMatchObject({ conflict: 1, deleted: 0 })
    expect(show(remote).state).toBe('active')
    expect(conflicts()[0].kind).toBe('local-deleted')
    resolve({ take: 'remote' })
    expect(show(local)).toMatchObject({ state: 'active', notes: 'Edited remotely meanwhile' })
  })

  it('refuses to resolve a dataset without a conflict, CKAN-style', () => {
    expect(local.failure('shelfmark_resolve', local.sysadmin, { id: name, take: 'local' })).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: No conflict for this dataset',
    })
    expect(local.failure('shelfmark_resolve', local.sysadmin, { id: name, take: 'middle' }).take).toEqual(['Must be "local" or "remote"'])
  })
})
