/**
 * A catalog written before dataset dicts were packed (db/packed-json.ts)
 * holds them as plain JSON text: every action reads such rows as before, and
 * the next write of a dataset packs it.
 */
import { describe, expect, it } from 'vitest'
import { sql } from '../../../../electron/engine/db/statements.ts'
import { testEngine } from '../../../helpers/test-engine.ts'

describe('datasets stored as plain JSON text', () => {
  it('are shown, searched, listed in activity, updated and then packed', () => {
    const t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org' })
    const created = t.call('package_create', t.sysadmin, {
      name: 'legacy',
      owner_org: 'org',
      notes: 'river gauges '.repeat(40),
      tags: [{ name: 'water' }],
      resources: [{ url: 'http://example.org/a.csv', name: 'levels' }],
    })
    const before = t.call('package_show', t.anonymous, { id: 'legacy' })
    // What an earlier version wrote: the same dict as text.
    sql(t.engine.db, 'UPDATE packages SET data = unpack_json(data)').run()
    expect(sql(t.engine.db, 'SELECT typeof(data) AS kind FROM packages').get()).toEqual({ kind: 'text' })

    expect(t.call('package_show', t.anonymous, { id: 'legacy' })).toEqual(before)
    expect(JSON.parse(t.engine.callAsJson('package_show', t.anonymous, { id: 'legacy' }))).toEqual(before)
    expect(t.call('resource_show', t.anonymous, { id: created.resources[0].id }).name).toBe('levels')
    expect(t.call('package_search', t.anonymous, { q: 'tags:water' }).results[0].name).toBe('legacy')
    expect(t.call('package_activity_list', t.anonymous, { id: 'legacy' })).toHaveLength(1)

    t.call('package_patch', t.sysadmin, { id: 'legacy', title: 'Legacy' })
    expect(sql(t.engine.db, 'SELECT typeof(data) AS kind FROM packages').get()).toEqual({ kind: 'blob' })
    const activities = t.call('package_activity_list', t.sysadmin, { id: 'legacy', include_hidden_activity: true })
    expect(activities).toHaveLength(2)
    // The older activity keeps the dict as it was before the patch.
    expect(t.call('activity_show', t.sysadmin, { id: activities[1].id, include_data: true }).data.package.title).toBe(before.title)
    expect(t.call('package_show', t.anonymous, { id: 'legacy' }).title).toBe('Legacy')
    t.close()
  })
})
