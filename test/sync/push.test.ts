import { beforeEach, afterEach, describe, expect, it } from 'vitest'
import { editableView } from '../../electron/sync/normalize.ts'
import { haveFixtures, localSite, remoteSite, seedPortalDatasets, type LocalSite, type RemoteSite } from './helpers/sites.ts'

let remote: RemoteSite
let local: LocalSite
let names: string[]
beforeEach(async () => {
  remote = await remoteSite({ createUnownedDataset: true })
  names = await seedPortalDatasets(remote, expect.getState().currentTestName?.includes('round trip') ? undefined : 6)
  local = localSite()
  local.call('shelfmark_remote_add', local.sysadmin, { name: 'portal', url: remote.url, token: remote.token })
  await local.runJob('shelfmark_pull', { remote: 'portal' })
})
afterEach(() => {
  local.close()
  remote.close()
})

const show = (site: LocalSite | RemoteSite, id: string) => site.call('package_show', site.sysadmin, { id })
const status = () => local.call('shelfmark_status', local.sysadmin, {}).changes
const push = (params: Record<string, unknown> = {}) => local.runJob('shelfmark_push', { remote: 'portal', ...params })

describe.skipIf(!haveFixtures)('push', () => {
  it('round trip: pull, edit offline, push, pull into a fresh catalog: equal, custom fields included', async () => {
    const name = names.find((n) => show(local, n).resources.length >= 2)!
    const before = show(local, name)
    local.call('package_patch', local.sysadmin, {
      id: name,
      title: 'Edited offline',
      my_custom_field: { en: 'custom', fr: 'personnalisé' },
      tags: [...before.tags.slice(1).map((t: any) => ({ name: t.name, vocabulary_id: t.vocabulary_id })), { name: 'offline-tag' }],
      resources: [...before.resources.slice(1), { name: 'New link', url: 'http://example.org/new.csv', format: 'CSV' }],
    })
    expect(status()).toEqual([{ id: before.id, name, change: 'modified', remote: 'portal', errors: null }])
    const plan = local.call('shelfmark_push_plan', local.sysadmin, { remote: 'portal' })
    expect(plan).toHaveLength(1)
    expect(plan[0].action).toBe('update')
    const paths = plan[0].changes.map((c: any) => c.path)
    expect(paths).toContain('title')
    expect(paths).toContain('my_custom_field')
    expect(paths).toContain(`resources[${before.resources[0].id}]`)

    const job = await push()
    expect(job.state).toBe('done')
    expect(job.result).toMatchObject({ updated: 1, failed: 0, conflict: 0 })
    expect(status()).toEqual([])
    expect(show(remote, name)).toMatchObject({ title: 'Edited offline', my_custom_field: { en: 'custom', fr: 'personnalisé' } })

    const fresh = localSite()
    try {
      fresh.call('shelfmark_remote_add', fresh.sysadmin, { name: 'portal', url: remote.url, token: remote.token })
      await fresh.runJob('shelfmark_pull', { remote: 'portal' })
      // Equal field by field, server-set fields (timestamps) aside; custom fields included.
      for (const n of names.filter((n) => n !== name)) expect(editableView(show(fresh, n))).toEqual(editableView(show(local, n)))
      // A resource created offline keeps its local id (its files live under it); the remote gave it another.
      const withoutIds = (d: any) => ({ ...editableView(d), resources: (editableView(d).resources as any[]).map(({ id: _id, ...r }: any) => r) })
      expect(withoutIds(show(fresh, name))).toEqual(withoutIds(show(local, name)))
      expect(show(fresh, name).my_custom_field).toEqual({ en: 'custom', fr: 'personnalisé' })
    } finally {
      fresh.close()
    }
  })

  it('dry run shows the plan and sends nothing', async () => {
    local.call('package_patch', local.sysadmin, { id: names[0], notes: 'dry' })
    const before = show(remote, names[0])
    const result = local.call('shelfmark_push', local.sysadmin, { remote: 'portal', dry_run: true })
    expect(result.dry_run).toBe(true)
    expect(result.plan[0]).toMatchObject({ name: names[0], action: 'update', changes: [{ path: 'notes', after: 'dry' }] })
    expect(show(remote, names[0])).toEqual(before)
  })

  it('publishes a new dataset under the mapped remote organization, once', async () => {
    const org = show(local, names[0]).organization
    local.call('package_create', local.sysadmin, { name: 'made-offline', title: 'Made offline', owner_org: org.id, notes: 'n', resources: [{ url: 'http://x/y.csv', name: 'y' }] })
    expect(status()).toContainEqual(expect.objectContaining({ name: 'made-offline', change: 'new' }))
    const job = await push()
    expect(job.result).toMatchObject({ created: 1, failed: 0 })
    const published = show(remote, 'made-offline')
    expect(published.organization.name).toBe(org.name)
    expect(published.resources).toHaveLength(1)
    expect(status()).toEqual([])
    const again = await push()
    expect(again.result).toMatchObject({ created: 0, updated: 0 })
    expect(remote.call('package_search', remote.sysadmin, { q: 'name:made-offline' }).count).toBe(1)
  })

  it('deletes remotely what was deleted locally', async () => {
    local.call('package_delete', local.sysadmin, { id: names[1] })
    expect(status()).toContainEqual(expect.objectContaining({ name: names[1], change: 'deleted' }))
    const job = await push()
    expect(job.result).toMatchObject({ deleted: 1 })
    expect(show(remote, names[1]).state).toBe('deleted')
    expect(status()).toEqual([])
  })

  it('attaches the remote validation errors to their fields', async () => {
    const strict = await remoteSite()
    const lax = localSite({ config: { createUnownedDataset: true } })
    try {
      lax.call('shelfmark_remote_add', lax.sysadmin, { name: 'strict', url: strict.url, token: strict.token })
      lax.call('package_create', lax.sysadmin, { name: 'no-org-dataset' })
      const job = await lax.runJob('shelfmark_push', { remote: 'strict', datasets: ['no-org-dataset'] })
      expect(job.result.failed).toBe(1)
      expect(job.result.results[0].errors).toEqual({ owner_org: ['An organization must be provided'] })
    } finally {
      lax.close()
      strict.close()
    }
  })
})
