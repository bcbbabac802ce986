import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { listMigrations, migrate, registerSqlFunctions } from '../../../../electron/engine/db/open.ts'

describe('the package_members table (migration 0016)', () => {
  it('adds it, empty, to an older catalog: one row per dataset and user, gone with either', () => {
    const db = new Database(':memory:')
    registerSqlFunctions(db)
    db.pragma('foreign_keys = ON')
    for (const { version, sql } of listMigrations().filter(({ version }) => version < 16)) {
      db.exec(sql)
      db.pragma(`user_version = ${version}`)
    }
    db.prepare("INSERT INTO users (id, name, email, sysadmin, state, created) VALUES ('u1', 'ann', 'a@example.org', 0, 'active', '2024-01-01T00:00:00')").run()
    migrate(db)
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(16)
    expect(db.prepare('SELECT count(*) AS n FROM package_members').get()).toEqual({ n: 0 })
    // A row must name a dataset that exists.
    expect(() => db.prepare("INSERT INTO package_members VALUES ('no-such', 'u1', 'member', '2024-01-01T00:00:00')").run()).toThrow(/FOREIGN KEY/)
    db.close()
  })
})
