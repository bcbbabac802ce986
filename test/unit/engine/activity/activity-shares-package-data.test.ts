import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sql } from '../../../../electron/engine/db/statements.ts'
import { testEngine, type TestEngine } from '../../../helpers/test-engine.ts'

/**
 * A dataset activity shares the dataset's current dict instead of holding a
 * copy, and gets its copy from a trigger when the dataset changes or goes
 * (migration 0008). What each activity shows must never move with the dataset.
 */
let t: TestEngine
beforeEach(() => {
  t = testEngine()
  t.call('organization_create', t.sysadmin, { name: 'water', title: 'Water Board' })
})
afterEach(() => t.close())

const create = (name: string, extra: Record<string, unknown> = {}) =>
  t.call('package_create', t.sysadmin, {
    name, owner_org: 'water', title: 'River levels', notes: 'Daily levels. '.repeat(200),
    resources: [{ url: 'http://example.org/levels.csv', name: 'levels' }], ...extra,
  })

/** The dataset dict each of the dataset's activities shows, oldest first. */
function history(id: string): Record<string, any>[] {
  const list = t.call('package_activity_list', t.sysadmin, { id }) as { id: string }[]
  return list.reverse().map((activity) => t.call('activity_show', t.sysadmin, { id: activity.id }).data.package)
}

const pending = (id: string) =>
  (sql(t.engine.db, 'SELECT package_pending FROM activities WHERE object_id = ? ORDER BY seq').all(id) as { package_pending: number }[])
    .map((row) => row.package_pending)

describe('dataset activities and the dataset dict they show', () => {
  it('store no copy while the dict is current, and show it whole', () => {
    const created = create('levels')
    expect(pending(created.id)).toEqual([1])
    const [row] = sql(t.engine.db, 'SELECT data, package_data FROM activities WHERE object_id = ?').all(created.id) as any[]
    expect(row.package_data).toBeNull()
    expect(String(row.data).length).toBeLessThan(1000)
    expect(history(created.id)).toEqual([created])
  })

  it('keep each version as it was through updates, patches, resource edits and deletion', () => {
    const created = create('levels')
    const updated = t.call('package_patch', t.sysadmin, { id: created.id, title: 'River levels, corrected' })
    const withResource = t.call('resource_create', t.sysadmin, { package_id: created.id, url: 'http://example.org/b.csv' })
    t.call('package_delete', t.sysadmin, { id: created.id })
    const shown = history(created.id)
    expect(shown.map((dict) => dict.title)).toEqual(['River levels', 'River levels, corrected', 'River levels, corrected', 'River levels, corrected'])
    expect(shown[0]).toEqual(created)
    expect(shown[1]).toEqual(updated)
    expect(shown[2].resources.map((r: any) => r.id)).toContain(withResource.id)
    expect(shown[3].state).toBe('deleted')
    expect(pending(created.id)).toEqual([0, 0, 0, 1])
  })

  it('keep the dict after the dataset is purged', () => {
    const created = create('levels')
    const activities = t.call('package_activity_list', t.sysadmin, { id: created.id }) as { id: string }[]
    t.call('dataset_purge', t.sysadmin, { id: created.id })
    expect(t.call('activity_show', t.sysadmin, { id: activities[0].id }).data.package).toEqual(created)
  })

  it('keep the organization as it was when the activity happened', () => {
    const created = create('levels')
    t.call('organization_patch', t.sysadmin, { id: 'water', title: 'Water Authority' })
    expect(t.call('package_show', t.sysadmin, { id: created.id }).organization.title).toBe('Water Authority')
    expect(history(created.id)[0].organization.title).toBe('Water Board')
  })

  it('keep the old name when a deleted dataset gives its name up to a new one', () => {
    const first = create('levels')
    t.call('package_delete', t.sysadmin, { id: first.id })
    create('levels')
    expect(t.call('package_show', t.sysadmin, { id: first.id }).name).toBe(first.id)
    expect(history(first.id).map((dict) => dict.name)).toEqual(['levels', 'levels'])
  })

  it('are left as they were by a write that fails', () => {
    const created = create('levels')
    t.failure('package_patch', t.sysadmin, { id: created.id, name: 'Not A Valid Name' })
    expect(pending(created.id)).toEqual([1])
    expect(history(created.id)).toEqual([created])
  })
})
