import { describe, expect, it } from 'vitest'
import { migrate } from '../../../../electron/engine/db/open.ts'
import { testEngine } from '../../../helpers/test-engine.ts'

describe('migration 0018: earlier deletions of public datasets become public activity', () => {
  it('relabels a public dataset\'s deletion, leaves a private one\'s with its organization', () => {
    const t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org' })
    const open = t.call('package_create', t.sysadmin, { name: 'open-data', owner_org: 'org' })
    const closed = t.call('package_create', t.sysadmin, { name: 'closed-data', owner_org: 'org', private: true })
    t.call('package_delete', t.sysadmin, { id: open.id })
    t.call('package_delete', t.sysadmin, { id: closed.id })
    const labelsOf = (id: string) =>
      t.engine.db.prepare("SELECT permission_labels FROM activities WHERE object_id = ? AND activity_type = 'deleted package'").pluck().get(id)
    // As rows recorded before 4ae5523 stand: labelled for the organization's members.
    t.engine.db.prepare("UPDATE activities SET permission_labels = ? WHERE activity_type = 'deleted package'").run(`member-${open.owner_org}`)
    t.engine.db.pragma('user_version = 17')

    migrate(t.engine.db)

    expect(labelsOf(open.id)).toBe('public')
    expect(labelsOf(closed.id)).toBe(`member-${open.owner_org}`)
    t.close()
  })
})
