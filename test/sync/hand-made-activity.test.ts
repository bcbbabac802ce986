/**
 * Sync reads the activity stream to know which datasets changed locally. An
 * activity written by hand (activity_create) changes no dataset: sync treats
 * it as an edit that changed nothing, so the dataset is compared again and
 * nothing is sent, whatever the activity's type or data.
 */
import { describe, expect, it } from 'vitest'
import { haveFixtures } from './helpers/sites.ts'
import { sitePair } from './helpers/site-pair.ts'

const site = sitePair(2)

describe.skipIf(!haveFixtures)('a hand-made activity about a synced dataset', () => {
  it('breaks neither the plan nor the push, and sends nothing', async () => {
    await site.local.runJob('shelfmark_pull', { remote: 'portal' })
    const [name, other] = site.names
    const local = site.local.call('package_show', site.local.sysadmin, { id: name })
    const remoteBefore = site.remote.call('package_show', site.remote.sysadmin, { id: name })
    for (const activity_type of ['changed package', 'deleted package', 'new package']) {
      site.local.call('activity_create', site.local.sysadmin, {
        user_id: 'admin',
        object_id: local.id,
        activity_type,
        data: { package: 'not a dataset dict', actor: 42 },
      })
    }
    expect(site.local.call('shelfmark_push_plan', site.local.sysadmin, { remote: 'portal' })).toEqual([])
    const [planned] = site.local.call('shelfmark_push_plan', site.local.sysadmin, { remote: 'portal', datasets: [name] })
    expect(planned).toMatchObject({ name, action: 'none', changes: [] })

    const job = await site.local.runJob('shelfmark_push', { remote: 'portal' })
    expect(job.state).toBe('done')
    expect(job.result).toMatchObject({ created: 0, updated: 0, deleted: 0, failed: 0 })
    expect(site.remote.call('package_show', site.remote.sysadmin, { id: name })).toEqual(remoteBefore)

    // A real edit afterwards still goes through.
    site.local.call('package_patch', site.local.sysadmin, { id: other, notes: 'edited here' })
    const next = await site.local.runJob('shelfmark_push', { remote: 'portal' })
    expect(next.result).toMatchObject({ updated: 1, failed: 0 })
    expect(site.remote.call('package_show', site.remote.sysadmin, { id: other }).notes).toBe('edited here')
  })
})
