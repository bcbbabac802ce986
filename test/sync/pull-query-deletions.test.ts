import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { localSite, remoteSite, type LocalSite, type RemoteSite } from './helpers/sites.ts'

// A query pull remembers which datasets it brought (sync_link_scopes), so it
// notices their deletion on the remote even when the local copy no longer
// matches the query.
let remote: RemoteSite
let local: LocalSite
beforeEach(async () => {
  remote = await remoteSite({ createUnownedDataset: true })
  for (const [name, tag] of [
    ['rain-lisbon', 'rainfall'],
    ['rain-porto', 'rainfall'],
    ['wind-faro', 'wind'],
  ]) {
    remote.call('package_create', remote.sysadmin, { name, title: `Readings ${name}`, tags: [{ name: tag }] })
  }
  local = localSite()
  local.call('shelfmark_remote_add', local.sysadmin, { name: 'portal', url: remote.url, token: remote.token })
})
afterEach(() => {
  local.close()
  remote.close()
})

const q = 'tags:rainfall'
const pullQuery = () => local.runJob('shelfmark_pull', { remote: 'portal', q })
const show = (site: LocalSite | RemoteSite, id: string) => site.call('package_show', site.sysadmin, { id })
const matchesLocally = (name: string) =>
  local.call('package_search', local.sysadmin, { q, fl: 'name', include_private: true }).results.some((d: any) => d.name === name)
const scopeRows = () => (local.engine.db.prepare('SELECT count(*) AS n FROM sync_link_scopes').get() as { n: number }).n

describe('query pull and remote deletions', () => {
  it('a local copy edited out of the query and deleted on the remote is a conflict, not missed', async () => {
    const first = await pullQuery()
    expect(first.result).toMatchObject({ created: 2, failed: 0 })
    local.call('package_patch', local.sysadmin, { id: 'rain-lisbon', title: 'Kept here', tags: [{ name: 'precipitation' }] })
    expect(matchesLocally('rain-lisbon')).toBe(false)
    remote.call('package_delete', remote.sysadmin, { id: 'rain-lisbon' })
    const job = await pullQuery()
    expect(job.state).toBe('done')
    expect(job.result).toMatchObject({ conflict: 1, conflicts: ['rain-lisbon'], remote_deleted: 0 })
    expect(local.call('shelfmark_conflicts', local.sysadmin, {}).map((c: any) => [c.name, c.kind])).toEqual([['rain-lisbon', 'remote-deleted']])
    expect(show(local, 'rain-lisbon')).toMatchObject({ state: 'active', title: 'Kept here' })
    expect(show(local, 'rain-porto').state).toBe('active')
  })

  it('an unedited dataset the query brought is deleted locally when the remote deletes it', async () => {
    await pullQuery()
    remote.call('package_delete', remote.sysadmin, { id: 'rain-porto' })
    const job = await pullQuery()
    expect(job.result).toMatchObject({ remote_deleted: 1, conflict: 0 })
    expect(show(local, 'rain-porto').state).toBe('deleted')
    expect(show(local, 'rain-lisbon').state).toBe('active')
  })

  it('also when a later pull brought a remote edit that took it out of the query, then the remote deleted it', async () => {
    await pullQuery()
    remote.call('package_patch', remote.sysadmin, { id: 'rain-porto', tags: [{ name: 'drizzle' }] })
    const site = await local.runJob('shelfmark_pull', { remote: 'portal' })
    expect(site.result).toMatchObject({ updated: 1, conflict: 0 })
    expect(matchesLocally('rain-porto')).toBe(false) // no local edit: the local copy is the remote's
    remote.call('package_delete', remote.sysadmin, { id: 'rain-porto' })
    const job = await pullQuery()
    expect(job.result).toMatchObject({ remote_deleted: 1, conflict: 0 })
    expect(show(local, 'rain-porto').state).toBe('deleted')
  })

  it('a dataset edited out of the query on the remote, not deleted, stays; the scope forgets it', async () => {
    await pullQuery()
    remote.call('package_patch', remote.sysadmin, { id: 'rain-porto', tags: [{ name: 'drizzle' }] })
    const job = await pullQuery()
    expect(job.result).toMatchObject({ remote_deleted: 0, conflict: 0, failed: 0 })
    expect(show(local, 'rain-porto').state).toBe('active')
    expect(local.call('shelfmark_conflicts', local.sysadmin, {})).toEqual([])
    const scopes = local.engine.db.prepare('SELECT l.remote_name AS name FROM sync_link_scopes s JOIN sync_links l USING (remote_id, package_id) WHERE s.scope = ?')
    expect(scopes.all(`q:${q}`).map((r: any) => r.name)).toEqual(['rain-lisbon'])
    const again = await pullQuery()
    expect(again.result).toMatchObject({ remote_deleted: 0, conflict: 0 })
    expect(show(local, 'rain-porto').state).toBe('active')
  })

  it('every pull scope is recorded, and the rows go with their links (remote purge, remote removal)', async () => {
    await pullQuery()
    await local.runJob('shelfmark_pull', { remote: 'portal' })
    const rows = local.engine.db.prepare('SELECT l.remote_name AS name, s.scope FROM sync_link_scopes s JOIN sync_links l USING (remote_id, package_id) ORDER BY 1, 2').all()
    expect(rows).toEqual([
      { name: 'rain-lisbon', scope: `q:${q}` },
      { name: 'rain-lisbon', scope: 'site' },
      { name: 'rain-porto', scope: `q:${q}` },
      { name: 'rain-porto', scope: 'site' },
      { name: 'wind-faro', scope: 'site' },
    ])
    local.call('shelfmark_sync_forget_link', local.sysadmin, { remote: 'portal', package_id: show(local, 'rain-lisbon').id })
    expect(scopeRows()).toBe(3)
    local.call('shelfmark_remote_remove', local.sysadmin, { name: 'portal' })
    expect(scopeRows()).toBe(0)
  })
})
