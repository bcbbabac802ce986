import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { listMigrations, migrate, registerSqlFunctions } from '../../../../electron/engine/db/open.ts'
import { resourceWithId } from '../../../../electron/engine/packages/resource-key.ts'
import { testEngine } from '../../../helpers/test-engine.ts'

describe('the resources table keyed on the id’s time-ordered end (migration 0009)', () => {
  it('finds a resource by id through the index, never by reading the whole table', () => {
    const t = testEngine()
    const plan = t.engine.db.prepare(`EXPLAIN QUERY PLAN SELECT package_id FROM resources WHERE ${resourceWithId}`).all({ id: 'x' }) as { detail: string }[]
    expect(plan.map((step) => step.detail).join('\n')).toContain('USING INDEX resources_id')
    t.close()
  })

  it('keeps every resource row of a catalog made before it, and their ids stay unique', () => {
    const db = new Database(':memory:')
    registerSqlFunctions(db)
    db.pragma('foreign_keys = ON')
    for (const { version, sql } of listMigrations().filter(({ version }) => version < 9)) {
      db.exec(sql)
      db.pragma(`user_version = ${version}`)
    }
    db.prepare(`INSERT INTO packages (id, name, metadata_created, metadata_modified, data) VALUES ('p1', 'one', 'x', 'x', '{}')`).run()
    const insert = db.prepare('INSERT INTO resources (id, package_id, position, state, format, url_type, data) VALUES (?, ?, ?, ?, ?, ?, ?)')
    insert.run('3f2b1c9e-8d7a-4b6c-9e5d-4a3b2c1d0e9f', 'p1', 0, 'active', 'CSV', null, null)
    insert.run('short-id', 'p1', 1, 'deleted', null, 'upload', '{"state": "deleted"}')
    const before = db.prepare('SELECT * FROM resources ORDER BY position').all()

    migrate(db)

    expect(db.prepare('SELECT * FROM resources ORDER BY position').all()).toEqual(before)
    expect(db.prepare(`SELECT format FROM resources WHERE ${resourceWithId}`).get({ id: '3f2b1c9e-8d7a-4b6c-9e5d-4a3b2c1d0e9f' })).toEqual({ format: 'CSV' })
    expect(() => insert.run('short-id', 'p1', 2, 'active', null, null, null)).toThrow(/UNIQUE/)
    // Its rows still go with their dataset.
    db.prepare("DELETE FROM packages WHERE id = 'p1'").run()
    expect(db.prepare('SELECT count(*) AS n FROM resources').get()).toEqual({ n: 0 })
    db.close()
  })

  it('is what package_create, resource_create and package_revise write and read back', () => {
    const t = testEngine()
    t.call('organization_create', t.sysadmin, { name: 'org' })
    const created = t.call('package_create', t.sysadmin, {
      name: 'keyed', owner_org: 'org', resources: [{ url: 'http://example.org/a' }, { url: 'http://example.org/b' }],
    })
    const added = t.call('resource_create', t.sysadmin, { package_id: created.id, url: 'http://example.org/c' })
    expect(t.call('resource_show', t.anonymous, { id: added.id }).url).toBe('http://example.org/c')
    const prefix = created.resources[1].id.slice(0, 8)
    const revised = t.call('package_revise', t.sysadmin, { match: { id: created.id }, [`update__resources__${prefix}__name`]: 'by prefix' })
    expect(revised.package.resources[1].name).toBe('by prefix')
    t.call('resource_delete', t.sysadmin, { id: created.resources[0].id })
    expect(t.failure('resource_show', t.anonymous, { id: created.resources[0].id }).__type).toBe('Not Found Error')
    t.close()
  })
})
