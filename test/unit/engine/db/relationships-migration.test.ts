import { describe, expect, it } from 'vitest'
import { migrate } from '../../../../electron/engine/db/open.ts'
import { catalogBefore } from '../../../helpers/older-catalog.ts'

describe('the package_relationships table (migration 0013)', () => {
  it('starts an older catalog with no relationships, allows an empty side, and a purge takes the rows of either side', () => {
    const db = catalogBefore(13)
    const insertPackage = db.prepare("INSERT INTO packages (id, name, metadata_created, metadata_modified, data) VALUES (?, ?, 'x', 'x', '{}')")
    for (const id of ['p1', 'p2', 'p3']) insertPackage.run(id, `name-${id}`)

    migrate(db)

    expect(db.prepare('SELECT count(*) AS n FROM package_relationships').get()).toEqual({ n: 0 })
    const insert = db.prepare('INSERT INTO package_relationships (id, subject_package_id, object_package_id, type, comment) VALUES (?, ?, ?, ?, ?)')
    insert.run('r1', 'p1', 'p2', 'depends_on', '')
    insert.run('r2', 'p3', 'p1', 'child_of', null)
    insert.run('r3', 'p2', null, 'links_to', null)
    expect(db.prepare("SELECT state FROM package_relationships WHERE id = 'r1'").get()).toEqual({ state: 'active' })
    expect(() => insert.run('r4', 'p1', 'gone', 'depends_on', '')).toThrow(/FOREIGN KEY/)
    db.prepare("DELETE FROM packages WHERE id = 'p1'").run()
    expect(db.prepare('SELECT id FROM package_relationships').all()).toEqual([{ id: 'r3' }])
    db.close()
  })
})
