import { describe, expect, it } from 'vitest'
import { migrate } from '../../../../electron/engine/db/open.ts'
import { catalogBefore } from '../../../helpers/older-catalog.ts'

describe('the resource_views table (migration 0014)', () => {
  it('starts an older catalog with no views, whose rows go when their resource row or its dataset is purged', () => {
    const db = catalogBefore(14)
    db.prepare("INSERT INTO packages (id, name, metadata_created, metadata_modified, data) VALUES ('p1', 'one', 'x', 'x', '{}'), ('p2', 'two', 'x', 'x', '{}')").run()
    db.prepare("INSERT INTO resources (id, package_id, position) VALUES ('r1', 'p1', 0), ('r2', 'p1', 1), ('r3', 'p2', 0)").run()

    migrate(db)

    expect(db.prepare('SELECT count(*) AS n FROM resource_views').get()).toEqual({ n: 0 })
    const insert = db.prepare("INSERT INTO resource_views (id, resource_id, title, view_type, position) VALUES (?, ?, 'View', 'image_view', 0)")
    for (const [id, resource] of [['v1', 'r1'], ['v2', 'r2'], ['v3', 'r3']]) insert.run(id, resource)
    expect(db.prepare('SELECT config FROM resource_views WHERE id = ?').get('v1')).toEqual({ config: '{}' })
    db.prepare("DELETE FROM resources WHERE id = 'r1'").run()
    expect(db.prepare('SELECT id FROM resource_views ORDER BY id').all()).toEqual([{ id: 'v2' }, { id: 'v3' }])
    db.prepare("DELETE FROM packages WHERE id = 'p1'").run() // its resources go by ON DELETE CASCADE, their views by the trigger
    expect(db.prepare('SELECT id FROM resource_views').all()).toEqual([{ id: 'v3' }])
    db.close()
  })
})
