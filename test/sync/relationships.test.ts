/**
 * Dataset relationships stay on their own side of a sync: they are no part of
 * the dataset (CKAN's package_dict_save), record no activity, and sync treats
 * relationships_as_subject/_object as server-managed. A pull brings none of
 * the remote's, a push sends none of ours, and a pushed edit keeps the
 * remote's own.
 */
import { describe, expect, it } from 'vitest'
import { haveFixtures } from './helpers/sites.ts'
import { sitePair } from './helpers/site-pair.ts'

const site = sitePair(2)

describe.skipIf(!haveFixtures)('relationships and sync', () => {
  it('pulls none of the remote\'s, pushes none of ours, and keeps the remote\'s through a pushed edit', async () => {
    const [first, second] = site.names
    site.remote.call('package_relationship_create', site.remote.sysadmin, { subject: first, object: second, type: 'depends_on', comment: 'remote' })
    await site.local.runJob('shelfmark_pull', { remote: 'portal' })
    expect(site.local.call('package_show', site.local.sysadmin, { id: first }).relationships_as_subject).toEqual([])
    expect(site.local.call('package_relationships_list', site.local.sysadmin, { id: first })).toEqual([])
    // Stored with empty lists where the package store keeps them, so the HTTP door's text path needs no parse.
    const stored = site.local.engine.db.prepare('SELECT unpack_json(data) AS text FROM packages WHERE name = ?').get(first) as { text: string }
    expect(stored.text.endsWith(',"relationships_as_subject":[],"relationships_as_object":[],"organization":null,"groups":[]}')).toBe(true)
    expect(site.local.engine.callAsJson('package_show', site.local.sysadmin, { id: first })).toBe(
      JSON.stringify(site.local.call('package_show', site.local.sysadmin, { id: first })),
    )

    site.local.call('package_relationship_create', site.local.sysadmin, { subject: second, object: first, type: 'links_to', comment: 'local' })
    expect(site.local.call('shelfmark_push_plan', site.local.sysadmin, { remote: 'portal' })).toEqual([])
    const [planned] = site.local.call('shelfmark_push_plan', site.local.sysadmin, { remote: 'portal', datasets: [second] })
    expect(planned).toMatchObject({ name: second, action: 'none', changes: [] })

    site.local.call('package_patch', site.local.sysadmin, { id: first, notes: 'edited here' })
    const pushed = await site.local.runJob('shelfmark_push', { remote: 'portal' })
    expect(pushed.result).toMatchObject({ updated: 1, failed: 0 })
    expect(site.remote.call('package_show', site.remote.sysadmin, { id: first }).notes).toBe('edited here')
    expect(site.remote.call('package_relationships_list', site.remote.sysadmin, { id: first })).toEqual([
      { subject: first, type: 'depends_on', object: second, comment: 'remote' },
    ])
    expect(site.local.call('package_relationships_list', site.local.sysadmin, { id: first })).toEqual([
      { subject: first, type: 'linked_from', object: second, comment: 'local' },
    ])
  })
})
